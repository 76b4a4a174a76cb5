import type { Db } from '../db/prisma';
import { timeProgress, yearEnd } from '../execution/time-progress';
import { ratio, sumMoney } from '../shared/decimal';
import { BOOKS } from '../shared/money.schemas';
import { notFound } from '../trpc/app-error';
import {
  findAsOf,
  findChildRegions,
  findExecutionByBranch,
  findRegion,
  findRevenueByBook,
} from './overview.queries';
import type { Overview, OverviewInput } from './overview.schemas';

/**
 * 全口径 overview of a region (its subtree aggregated) for a fiscal year: per book budget,
 * execution and revenue, time progress at the as-of date, and each direct sub-region's execution.
 */
export async function getOverview(db: Db, { regionCode, fiscalYear }: OverviewInput): Promise<Overview> {
  const region = await findRegion(db, regionCode);
  if (!region) throw notFound(`行政区划 ${regionCode}`, `region ${regionCode}`);
  const [execution, revenue, asOfFacts, children] = await Promise.all([
    findExecutionByBranch(db, regionCode, fiscalYear),
    findRevenueByBook(db, regionCode, fiscalYear),
    findAsOf(db, regionCode, fiscalYear),
    findChildRegions(db, regionCode),
  ]);
  const asOf = asOfFacts.closed ? yearEnd(fiscalYear) : asOfFacts.latest;

  const books = BOOKS.map((book) => {
    const rows = execution.filter((row) => row.book === book);
    const budget = sumMoney(rows.map((row) => row.budget));
    const executed = sumMoney(rows.map((row) => row.executed));
    const income = revenue.find((row) => row.book === book);
    const revenueBudget = income?.budget ?? '0.00';
    const revenueActual = income?.actual ?? '0.00';
    return {
      book,
      budget,
      executed,
      executionRate: ratio(executed, budget),
      revenueBudget,
      revenueActual,
      revenueRate: ratio(revenueActual, revenueBudget),
    };
  });

  const subRegions = children.map((child) => {
    const rows = execution.filter((row) => row.branch === child.code);
    const budget = sumMoney(rows.map((row) => row.budget));
    const executed = sumMoney(rows.map((row) => row.executed));
    return { regionCode: child.code, regionName: child.name, level: child.level, budget, executed, executionRate: ratio(executed, budget) };
  });

  return {
    regionCode: region.code,
    regionName: region.name,
    fiscalYear,
    asOf,
    timeProgress: asOf ? timeProgress(fiscalYear, asOf) : null,
    books,
    subRegions,
  };
}
