import type pg from 'pg';
import { revPace } from '../detect/rules/revenue/rev-pace';
import { ratio, sumMoney } from '../shared/decimal';
import { BOOKS } from '../shared/money.schemas';
import { findBranchTotals, findMonthTotals, findOwnBudgets } from './revenue.queries';
import type { MonthlyRevenue, RevenueBookInput, RevenueRegions, RevenueScope, RevenueSummary } from './revenue.schemas';
import { growthOf, paceOf, percentLine, progressAt } from './revenue-measures';
import { MONTHS, loadedMonths, sumOf } from './revenue-scope';
import { getRegion } from '../shared/subtree-regions';
import { ruleParamsFor, ruleParamsInForce } from '../detect/rule-params-in-force';

/**
 * 收入执行 of a region subtree and fiscal year: collections against the annual budget and time
 * progress, per book, month and sub-region (the revenue codes and 税收/非税 have files of their own).
 * Measured January through the last month loaded; last year is compared over the same months, and
 * only when it is loaded that far. The flags use the revenue rules' lines in force for the region.
 */

export async function revenueSummary(pool: pg.Pool, { regionCode, fiscalYear }: RevenueScope): Promise<RevenueSummary> {
  const [region, totals, budgets, pace] = await Promise.all([
    getRegion(pool, regionCode),
    findMonthTotals(pool, regionCode, fiscalYear),
    findOwnBudgets(pool, regionCode, fiscalYear),
    ruleParamsFor(pool, revPace, regionCode),
  ]);
  const { through, comparable } = loadedMonths(totals, fiscalYear);
  const progress = progressAt(fiscalYear, through);
  const books = BOOKS.map((book) => {
    const budget = budgets.find((row) => row.fiscalYear === fiscalYear && row.book === book)?.budget ?? '0.00';
    const actual = sumOf(totals, fiscalYear, through, 'own', book);
    const lastYearActual = comparable ? sumOf(totals, fiscalYear - 1, through, 'own', book) : null;
    return {
      book,
      budget,
      actual,
      ...paceOf(actual, budget, progress.timeProgress, pace.lag),
      lastYearActual,
      growth: growthOf(actual, lastYearActual),
    };
  });
  return {
    regionCode,
    regionName: region.name,
    fiscalYear,
    throughMonth: through,
    ...progress,
    paceLine: percentLine(pace.lag),
    books,
  };
}

export async function monthlyRevenue(
  pool: pg.Pool,
  { regionCode, fiscalYear, book }: RevenueBookInput,
): Promise<MonthlyRevenue> {
  const [, totals, budgets] = await Promise.all([
    getRegion(pool, regionCode),
    findMonthTotals(pool, regionCode, fiscalYear),
    findOwnBudgets(pool, regionCode, fiscalYear),
  ]);
  const { loaded, lastYearLoaded, through, lastYearThrough } = loadedMonths(totals, fiscalYear);
  const budgetOf = (year: number) =>
    budgets.find((row) => row.fiscalYear === year && row.book === book)?.budget ?? '0.00';
  const budget = budgetOf(fiscalYear);
  const lastYearBudget = budgetOf(fiscalYear - 1);
  const amountOf = (year: number, month: number) =>
    totals.find((row) => row.fiscalYear === year && row.month === month && row.book === book)?.own ?? '0.00';
  // A running total stops at the first month not loaded: after a gap it would understate the year.
  const series = (year: number, present: ReadonlySet<number>, unbroken: number, yearBudget: string) => {
    let total = '0.00';
    return MONTHS.map((month) => {
      const actual = present.has(month) ? amountOf(year, month) : null;
      if (actual !== null) total = sumMoney([total, actual]);
      const cumulative = month <= unbroken ? total : null;
      return { actual, cumulative, rate: cumulative === null ? null : ratio(cumulative, yearBudget) };
    });
  };
  const thisYear = series(fiscalYear, loaded, through, budget);
  const lastYear = series(fiscalYear - 1, lastYearLoaded, lastYearThrough, lastYearBudget);
  return {
    fiscalYear,
    book,
    budget,
    lastYearBudget,
    throughMonth: through,
    lastYearThroughMonth: lastYearThrough,
    months: MONTHS.map((month, i) => ({
      month,
      ...thisYear[i]!,
      lastYear: lastYear[i]!.actual,
      lastYearCumulative: lastYear[i]!.cumulative,
      lastYearRate: lastYear[i]!.rate,
      timeProgress: progressAt(fiscalYear, month).timeProgress!,
    })),
  };
}

export async function revenueRegions(
  pool: pg.Pool,
  { regionCode, fiscalYear, book }: RevenueBookInput,
): Promise<RevenueRegions> {
  const [, totals] = await Promise.all([
    getRegion(pool, regionCode),
    findMonthTotals(pool, regionCode, fiscalYear),
  ]);
  const { through, comparable } = loadedMonths(totals, fiscalYear);
  const { timeProgress } = progressAt(fiscalYear, through);
  const branches = await findBranchTotals(pool, regionCode, fiscalYear, book, through);
  const lines = await ruleParamsInForce(pool, revPace, [regionCode, ...branches.map((row) => row.regionCode)]);
  return {
    book,
    throughMonth: through,
    timeProgress,
    paceLine: percentLine(lines.get(regionCode)!.lag),
    regions: branches.map(({ lastYear, ...row }) => {
      const lastYearActual = comparable ? lastYear : null;
      return {
        ...row,
        ...paceOf(row.actual, row.budget, timeProgress, lines.get(row.regionCode)!.lag),
        lastYearActual,
        growth: growthOf(row.actual, lastYearActual),
      };
    }),
  };
}
