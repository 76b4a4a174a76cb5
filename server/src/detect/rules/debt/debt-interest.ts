import Decimal from 'decimal.js';
import { z } from 'zod';
import { agencyPaidToDateSql } from '../../../execution/payment-summary';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { ladder, scopeStart, scopeYears, type RuleContext, type RuleDescriptor } from '../../rule-descriptor';
import { monthPeriod } from '../revenue/revenue-months';
import { debtPositions, regionRatioFinding } from './debt-positions';

/** Net GPB + GFB payments (reversals netted) per region and month ('YYYY-MM'), up to the as-of date. */
async function spendingByMonth(context: RuleContext<unknown>): Promise<Map<string, Decimal>> {
  // From the per-agency monthly sums of the years in scope.
  const result = await context.db.query<{ region_code: string; month: string; spent: string }>(
    `SELECT region_code, fiscal_year || '-' || lpad(month::text, 2, '0') AS month, sum(amount)::text AS spent
     FROM ${agencyPaidToDateSql({ from: '$1', asOf: '$2', regions: '$3' })} paid
     WHERE book IN ('GPB', 'GFB')
     GROUP BY region_code, fiscal_year, month`,
    [scopeStart(context), context.asOf, context.regions],
  );
  return new Map(result.rows.map((row) => [`${row.region_code}|${row.month}`, new Decimal(row.spent)]));
}

/**
 * DEBT-INTEREST: interest paid on government debt in a year over the region's GPB + GFB expenditure
 * (net payments of the payments feed) ≥ 10 % (red). Like with like: interest over the months of the
 * debt feed loaded for the year against payments of the same months, i.e. from 1 January through
 * the end of the latest debt month (capped at the as-of date). A year without payments is not judged.
 */
export const debtInterest: RuleDescriptor<{ red: number }> = {
  code: 'DEBT-INTEREST',
  version: 1,
  nameZh: '利息支出率',
  nameEn: 'Interest expenditure ratio',
  category: 'debt',
  entityType: 'region',
  description: {
    zh: '地区当年支付的政府债务利息与同期一般公共预算和政府性基金预算支出之比达到10%（红色）；当年按年初至债务数据最近一期同口径累计计算',
    en: "Interest paid on a region's government debt in the year / its general public and government fund budget expenditure over the same months at or above 10% (red); year to date in the current year",
  },
  basis: '国办函〔2016〕88号 地方政府性债务风险应急处置预案 (利息支出率 10%)',
  params: z.object({ red: z.number().min(0).max(10_000) }),
  defaults: { red: 10 },
  feeds: ['debt_balances', 'payments'],
  // Year grain: an incremental run after a payments batch reads only the payments of the years in scope.
  grain: 'year',
  async compute(context) {
    const [positions, spending] = await Promise.all([
      debtPositions(context, scopeYears(context)),
      spendingByMonth(context),
    ]);
    return positions.flatMap((position) => {
      let expenditure = new Decimal(0);
      for (let month = 1; month <= Number(position.period.slice(5, 7)); month++)
        expenditure = expenditure.plus(
          spending.get(`${position.regionCode}|${monthPeriod(position.fiscalYear, month)}`) ?? 0,
        );
      if (!expenditure.gt(0)) return [];
      const ratio = percentOf(position.interest, expenditure)!;
      const { red } = context.paramsFor(position.regionCode);
      const hit = ladder(ratio, [['red', red]]);
      if (!hit) return [];
      const months = `${position.fiscalYear}-01–${position.period}`;
      const ratioText = shown(ratio, 'down');
      return [
        regionRatioFinding(
          position,
          hit,
          ratio,
          {
            periods: position.flowPeriods,
            books: ['GPB', 'GFB'],
            interestPaid: position.interest.toFixed(2),
            expenditure: expenditure.toFixed(2),
          },
          {
            zh: `${months}支付债务利息${yuanText(position.interest.toFixed(2))}元，为同期一般公共预算和政府性基金预算支出${yuanText(expenditure.toFixed(2))}元的${ratioText}%，达到${hit.threshold}%`,
            en: `interest of ${position.interest.toFixed(2)} yuan paid in ${months} is ${ratioText}% of the general public and government fund budget expenditure of ${expenditure.toFixed(2)} yuan over the same months, at or above ${hit.threshold}%`,
          },
        ),
      ];
    });
  },
};
