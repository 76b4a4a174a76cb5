import type pg from 'pg';
import { revDecline } from '../detect/rules/revenue/rev-decline';
import { revNonTax } from '../detect/rules/revenue/rev-nontax';
import { ratio, sumMoney } from '../shared/decimal';
import { findMonthTotals } from './revenue.queries';
import type { RevenueComposition, RevenueScope } from './revenue.schemas';
import { growthOf, judgeDecline, judgeNonTax, percentLine } from './revenue-measures';
import { MONTHS, loadedMonths, sumOf } from './revenue-scope';
import { getRegion } from '../shared/subtree-regions';
import { ruleParamsFor } from '../detect/rule-params-in-force';

/**
 * 一般公共预算收入 of a region subtree and fiscal year split into 税收收入 (101…) and 非税收入 (103…),
 * month by month and January through the last month loaded, against the same months of last year,
 * with the REV-NONTAX and REV-DECLINE flags on the lines in force for the region.
 */
export async function revenueComposition(
  pool: pg.Pool,
  { regionCode, fiscalYear }: RevenueScope,
): Promise<RevenueComposition> {
  const [, totals, nonTaxParams, declineParams] = await Promise.all([
    getRegion(pool, regionCode),
    findMonthTotals(pool, regionCode, fiscalYear),
    ruleParamsFor(pool, revNonTax, regionCode),
    ruleParamsFor(pool, revDecline, regionCode),
  ]);
  const { loaded, lastYearLoaded, through, lastYearThrough, comparable } = loadedMonths(totals, fiscalYear);
  const gpb = (year: number, month: number, field: 'tax' | 'nonTax') =>
    totals.find((row) => row.fiscalYear === year && row.month === month && row.book === 'GPB')?.[field] ?? '0.00';
  const cumulativeShare = (year: number, month: number, unbroken: number) => {
    if (month > unbroken) return null;
    const nonTax = sumOf(totals, year, month, 'nonTax', 'GPB');
    return ratio(nonTax, sumMoney([nonTax, sumOf(totals, year, month, 'tax', 'GPB')]));
  };
  const months = MONTHS.map((month) => ({
    month,
    tax: loaded.has(month) ? gpb(fiscalYear, month, 'tax') : null,
    nonTax: loaded.has(month) ? gpb(fiscalYear, month, 'nonTax') : null,
    share: cumulativeShare(fiscalYear, month, through),
    lastYearTax: lastYearLoaded.has(month) ? gpb(fiscalYear - 1, month, 'tax') : null,
    lastYearNonTax: lastYearLoaded.has(month) ? gpb(fiscalYear - 1, month, 'nonTax') : null,
    lastYearShare: cumulativeShare(fiscalYear - 1, month, lastYearThrough),
  }));

  const generalOf = (year: number) => {
    const tax = sumOf(totals, year, through, 'tax', 'GPB');
    const nonTax = sumOf(totals, year, through, 'nonTax', 'GPB');
    return { tax, nonTax, general: sumMoney([tax, nonTax]) };
  };
  const now = generalOf(fiscalYear);
  const before = comparable ? generalOf(fiscalYear - 1) : null;
  const judged = judgeNonTax(now, before, nonTaxParams);
  return {
    fiscalYear,
    throughMonth: through,
    lastYearThroughMonth: lastYearThrough,
    lines: {
      nonTaxShareAbove: percentLine(nonTaxParams.shareAbove),
      nonTaxRiseAtLeast: percentLine(nonTaxParams.riseAtLeast),
      declineYellow: percentLine(declineParams.declineYellow),
      declineRed: percentLine(declineParams.declineRed),
    },
    months,
    total: {
      ...now,
      share: judged.share,
      lastYearTax: before?.tax ?? null,
      lastYearNonTax: before?.nonTax ?? null,
      lastYearGeneral: before?.general ?? null,
      lastYearShare: judged.lastYearShare,
      shareRise: judged.shareRise,
      growth: growthOf(now.general, before?.general ?? null),
      shareAbove: judged.shareAbove,
      shareRisen: judged.shareRisen,
      decline: judgeDecline(now.general, before?.general ?? null, declineParams),
    },
  };
}
