import { z } from 'zod';
import { yuanText } from '../../format';
import { ladder, type RuleDescriptor } from '../../rule-descriptor';
import { debtPositions, percentOf } from './debt-positions';
import { capacitySourceText, fiscalCapacities } from './fiscal-capacity';

/**
 * DEBT-SERVICE: principal repaid plus interest paid in a year over that year's 综合财力 ≥ 20 %
 * (orange). In the as-of year the payments are year to date and are not annualised: maturities fall
 * in lumps, so scaling them up would invent payments; year to date against the annual capacity can
 * only understate the year's ratio, and once it reaches 20 % the full year will too.
 */
export const debtService: RuleDescriptor<{ orange: number }> = {
  code: 'DEBT-SERVICE',
  version: 1,
  nameZh: '偿债率',
  nameEn: 'Debt service ratio',
  category: 'debt',
  entityType: 'region',
  description: {
    zh: '地区当年偿还政府债务本金和支付利息之和与当年综合财力之比达到20%（橙色）；当年按年初至最近一期累计数计算，不作年化',
    en: "A region's principal repaid plus interest paid in the year / the year's fiscal capacity at or above 20% (orange); in the current year the year-to-date payments, not annualised",
  },
  basis: 'RULES.md default (20%); a default for the user to tune',
  params: z.object({ orange: z.number().min(0).max(10_000) }),
  defaults: { orange: 20 },
  feeds: ['debt_balances', 'fiscal_capacity', 'revenue'],
  grain: 'snapshot',
  async compute(context) {
    const [positions, capacities] = await Promise.all([debtPositions(context), fiscalCapacities(context)]);
    return positions.flatMap((position) => {
      const capacity = capacities.get(`${position.regionCode}|${position.fiscalYear}`);
      if (!capacity?.amount.gt(0)) return [];
      const service = position.principal.plus(position.interest);
      const ratio = percentOf(service, capacity.amount);
      const { orange } = context.paramsFor(position.regionCode);
      const hit = ladder(ratio.toNumber(), [['orange', orange]]);
      if (!hit) return [];
      const source = capacitySourceText(capacity.source);
      const months = `${position.flowPeriods[0]}–${position.period}`;
      return [
        {
          severity: hit.severity,
          regionCode: position.regionCode,
          entityType: 'region',
          entityKey: position.regionCode,
          period: String(position.fiscalYear),
          value: ratio.toFixed(6),
          threshold: String(hit.threshold),
          evidence: {
            regionCode: position.regionCode,
            fiscalYear: position.fiscalYear,
            periods: position.flowPeriods,
            principalRepaid: position.principal.toFixed(2),
            interestPaid: position.interest.toFixed(2),
            debtService: service.toFixed(2),
            fiscalCapacity: capacity.amount.toFixed(2),
            fiscalCapacitySource: capacity.source,
          },
          explanation: {
            zh: `${months}偿还债务本金${yuanText(position.principal.toFixed(2))}元、支付利息${yuanText(position.interest.toFixed(2))}元，合计为${position.fiscalYear}年综合财力${yuanText(capacity.amount.toFixed(2))}元（${source.zh}）的${ratio.toFixed(2)}%，达到${hit.threshold}%`,
            en: `principal of ${position.principal.toFixed(2)} yuan and interest of ${position.interest.toFixed(2)} yuan paid in ${months} are ${ratio.toFixed(2)}% of the ${position.fiscalYear} fiscal capacity of ${capacity.amount.toFixed(2)} yuan (${source.en}), at or above ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
