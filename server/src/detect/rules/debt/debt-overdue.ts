import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { ladder, type RuleDescriptor } from '../../rule-descriptor';
import { balancePeriodList, debtPositions, monthEndZh, regionRatioFinding } from './debt-positions';

const percent = z.number().min(0).max(100);

interface OverdueParams extends Record<string, unknown> {
  yellow: number;
  orange: number;
  red: number;
}

/**
 * DEBT-OVERDUE: overdue debt over the debt balance, both debt types together, at the latest month of
 * each year up to the as-of month: ≥ 10 % yellow, ≥ 20 % orange, ≥ 50 % red.
 */
export const debtOverdue: RuleDescriptor<OverdueParams> = {
  code: 'DEBT-OVERDUE',
  version: 1,
  nameZh: '逾期债务率',
  nameEn: 'Overdue debt ratio',
  category: 'debt',
  entityType: 'region',
  description: {
    zh: '地区逾期政府债务与债务余额之比（一般债务和专项债务合计，取当年最近一期）达到10%（黄色）、20%（橙色）、50%（红色）',
    en: "A region's overdue government debt / debt balance (both types, latest month of the year) at or above 10% (yellow), 20% (orange), 50% (red)",
  },
  basis: 'Guangdong 2016 government debt risk emergency plan (逾期债务率 bands)',
  params: z.object({ yellow: percent, orange: percent, red: percent }),
  defaults: { yellow: 10, orange: 20, red: 50 },
  feeds: ['debt_balances'],
  grain: 'snapshot',
  async compute(context) {
    const positions = await debtPositions(context);
    return positions.flatMap((position) => {
      if (!position.balance.gt(0)) return [];
      const ratio = percentOf(position.overdue, position.balance)!;
      const p = context.paramsFor(position.regionCode);
      const hit = ladder(ratio, [
        ['yellow', p.yellow],
        ['orange', p.orange],
        ['red', p.red],
      ]);
      if (!hit) return [];
      const ratioText = shown(ratio, 'down');
      return [
        regionRatioFinding(
          position,
          hit,
          ratio,
          {
            periods: balancePeriodList(position),
            balancePeriods: position.balancePeriods,
            overdue: position.overdue.toFixed(2),
            balance: position.balance.toFixed(2),
          },
          {
            zh: `${monthEndZh(position.period)}逾期债务${yuanText(position.overdue.toFixed(2))}元，占政府债务余额${yuanText(position.balance.toFixed(2))}元的${ratioText}%，达到${hit.threshold}%`,
            en: `overdue debt of ${position.overdue.toFixed(2)} yuan at the end of ${position.period} is ${ratioText}% of the government debt balance of ${position.balance.toFixed(2)} yuan, at or above ${hit.threshold}%`,
          },
        ),
      ];
    });
  },
};
