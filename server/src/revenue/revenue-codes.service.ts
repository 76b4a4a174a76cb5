import type pg from 'pg';
import { ratio } from '../shared/decimal';
import { findCodeTotals, findMonthTotals, findRevCodeNames } from './revenue.queries';
import type { RevenueBookInput, RevenueCodeNode, RevenueCodes } from './revenue.schemas';
import { growthOf } from './revenue-measures';
import { loadedMonths } from './revenue-scope';
import { getRegion } from '../shared/subtree-regions';

/**
 * One book's revenue of a region subtree by 收入分类: 类, 款 and 项 with budget, collection January
 * through the last month loaded and the same months of last year; names from the classification of
 * the year (else the nearest year, else the file's rev_name).
 */
export async function revenueCodes(
  pool: pg.Pool,
  { regionCode, fiscalYear, book }: RevenueBookInput,
): Promise<RevenueCodes> {
  const [, totals] = await Promise.all([
    getRegion(pool, regionCode),
    findMonthTotals(pool, regionCode, fiscalYear),
  ]);
  const { through, comparable } = loadedMonths(totals, fiscalYear);
  const rows = await findCodeTotals(pool, regionCode, fiscalYear, book, through);
  const names = await findRevCodeNames(
    pool,
    fiscalYear,
    rows.map((row) => row.code),
  );
  const node = (row: (typeof rows)[number]): RevenueCodeNode => {
    const name = names.get(row.code) ?? { nameZh: row.revName ?? row.code, nameEn: row.revName ?? row.code };
    const lastYearActual = comparable ? row.lastYear : null;
    return {
      code: row.code,
      ...name,
      budget: row.budget,
      actual: row.actual,
      rate: ratio(row.actual, row.budget),
      lastYearActual,
      growth: growthOf(row.actual, lastYearActual),
    };
  };
  const childrenOf = (code: string, length: number) =>
    rows.filter((row) => row.code.length === length && row.code.startsWith(code));
  const classes = rows
    .filter((row) => row.code.length === 3)
    .map((row) => ({
      ...node(row),
      own: !['104', '105', '110'].includes(row.code),
      children: childrenOf(row.code, 5).map((sub) => ({ ...node(sub), children: childrenOf(sub.code, 7).map(node) })),
    }));
  return { book, throughMonth: through, classes };
}
