import Decimal from 'decimal.js';
import type pg from 'pg';
import { getRegion } from '../shared/subtree-regions';

/** A sum as money text with two decimals, 0.00 where there is none. */
export const money = (expression: string) => `COALESCE(${expression}, 0)::numeric(18,2)::text`;

/**
 * Own revenue (本级收入), as the revenue rules count it (detect/rules/revenue/revenue-months.ts):
 * every code but 104 贷款转贷回收本金收入, 105 债务收入 and 110 转移性收入.
 */
export const OWN_REVENUE = `rev_code !~ '^(104|105|110)'`;

/**
 * The latest month of a fiscal year with payments in the subtree's regions (`regions`, an array of
 * codes): 12 once a later year has payments anywhere (the year is closed), 0 when it has none.
 * `year` and `regions` are SQL expressions (placeholders), never values.
 */
export function throughMonthSql(year: string, regions: string): string {
  return `(SELECT CASE WHEN max(s.month) IS NULL THEN 0
                       WHEN EXISTS (SELECT 1 FROM payment_summary l WHERE l.fiscal_year > ${year}) THEN 12
                       ELSE max(s.month) END
           FROM payment_summary s WHERE s.fiscal_year = ${year} AND s.region_code = ANY(${regions}))`;
}

/** The region's name; NOT_FOUND for a region that is not loaded. */
export const regionNameOf = async (pool: pg.Pool, regionCode: string): Promise<string> => (await getRegion(pool, regionCode)).name;

/** current / previous − 1 with 6 decimals, or null where previous is zero. */
export function growth(current: Decimal.Value, previous: Decimal.Value): string | null {
  const base = new Decimal(previous);
  return base.isZero() ? null : new Decimal(current).dividedBy(base).minus(1).toFixed(6);
}
