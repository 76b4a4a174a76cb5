import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { ladder, type RuleDescriptor } from '../../rule-descriptor';
import { regionRatioFinding } from './debt-positions';
import { capacitySourceText, positionsWithCapacity } from './fiscal-capacity';

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
    const positions = await positionsWithCapacity(context);
    return positions.flatMap(({ position, capacity }) => {
      const service = position.principal.plus(position.interest);
      const ratio = percentOf(service, capacity.amount)!;
      const { orange } = context.paramsFor(position.regionCode);
      const hit = ladder(ratio, [['orange', orange]]);
      if (!hit) return [];
      const source = capacitySourceText(capacity.source);
      const months = `${position.flowPeriods[0]}–${position.period}`;
      const ratioText = shown(ratio, 'down');
      return [
        regionRatioFinding(
          position,
          hit,
          ratio,
          {
            periods: position.flowPeriods,
            principalRepaid: position.principal.toFixed(2),
            interestPaid: position.interest.toFixed(2),
            debtService: service.toFixed(2),
            fiscalCapacity: capacity.amount.toFixed(2),
            fiscalCapacitySource: capacity.source,
          },
          {
            zh: `${months}偿还债务本金${yuanText(position.principal.toFixed(2))}元、支付利息${yuanText(position.interest.toFixed(2))}元，合计为${position.fiscalYear}年综合财力${yuanText(capacity.amount.toFixed(2))}元（${source.zh}）的${ratioText}%，达到${hit.threshold}%`,
            en: `principal of ${position.principal.toFixed(2)} yuan and interest of ${position.interest.toFixed(2)} yuan paid in ${months} are ${ratioText}% of the ${position.fiscalYear} fiscal capacity of ${capacity.amount.toFixed(2)} yuan (${source.en}), at or above ${hit.threshold}%`,
          },
        ),
      ];
    });
  },
};
