import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { ladder, type RuleDescriptor } from '../../rule-descriptor';
import { balancePeriodList, monthEndZh, regionRatioFinding } from './debt-positions';
import { capacitySourceText, positionsWithCapacity } from './fiscal-capacity';

const percent = z.number().min(0).max(10_000);

/**
 * DEBT-RATIO: a region's government debt balance (general + special, at the latest month of each
 * year up to the as-of month) over that year's 综合财力 (see fiscalCapacities) ≥ 100 % (orange, the
 * national warning line) or ≥ 120 % (red). A year without a capacity figure is not judged.
 */
export const debtRatio: RuleDescriptor<{ orange: number; red: number }> = {
  code: 'DEBT-RATIO',
  version: 1,
  nameZh: '债务率',
  nameEn: 'Debt ratio',
  category: 'debt',
  entityType: 'region',
  description: {
    zh: '地区政府债务余额（一般债务+专项债务，取当年最近一期）与当年综合财力之比达到100%（橙色，全国警戒线）或120%（红色）；综合财力缺报时按收入数据推算',
    en: "A region's government debt balance (general + special, latest month of the year) / the year's fiscal capacity (综合财力) at or above 100% (orange, the national warning line) or 120% (red); capacity derived from revenue where not reported",
  },
  basis:
    '2015 NPC Standing Committee debt-limit decision (债务率 100% warning line); the 120% red line is a default for the user to tune',
  params: z.object({ orange: percent, red: percent }),
  defaults: { orange: 100, red: 120 },
  feeds: ['debt_balances', 'fiscal_capacity', 'revenue'],
  grain: 'snapshot',
  async compute(context) {
    const positions = await positionsWithCapacity(context);
    return positions.flatMap(({ position, capacity }) => {
      const ratio = percentOf(position.balance, capacity.amount)!;
      const p = context.paramsFor(position.regionCode);
      const hit = ladder(ratio, [
        ['orange', p.orange],
        ['red', p.red],
      ]);
      if (!hit) return [];
      const source = capacitySourceText(capacity.source);
      const ratioText = shown(ratio, 'down');
      return [
        regionRatioFinding(
          position,
          hit,
          ratio,
          {
            periods: balancePeriodList(position),
            balancePeriods: position.balancePeriods,
            generalBalance: position.generalBalance.toFixed(2),
            specialBalance: position.specialBalance.toFixed(2),
            balance: position.balance.toFixed(2),
            fiscalCapacity: capacity.amount.toFixed(2),
            fiscalCapacitySource: capacity.source,
          },
          {
            zh: `${monthEndZh(position.period)}政府债务余额${yuanText(position.balance.toFixed(2))}元，为${position.fiscalYear}年综合财力${yuanText(capacity.amount.toFixed(2))}元（${source.zh}）的${ratioText}%，达到${hit.threshold}%`,
            en: `government debt of ${position.balance.toFixed(2)} yuan at the end of ${position.period} is ${ratioText}% of the ${position.fiscalYear} fiscal capacity of ${capacity.amount.toFixed(2)} yuan (${source.en}), at or above ${hit.threshold}%`,
          },
        ),
      ];
    });
  },
};
