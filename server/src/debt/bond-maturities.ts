import type pg from 'pg';
import type { BondMaturities, DebtScope } from './debt.schemas';
import { subtreeRegions } from '../shared/subtree-regions';

/** How many years after the fiscal year are shown one by one; later maturities are summed. */
export const MATURITY_YEARS = 10;

/**
 * The maturity profile of the bonds of a region subtree outstanding at the end of a fiscal year
 * (issued by then, due after it): face value falling due in each of the ten following years, by
 * debt type, and beyond. Bonds are repaid at maturity (到期一次还本), so face value is what falls due.
 */
export async function getBondMaturities(pool: pg.Pool, input: DebtScope): Promise<BondMaturities> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeRegions(pool, regionCode);
  const rows = await pool.query<{ year: number; total: string; general: string; special: string; bonds: number }>(
    `WITH due AS (
       SELECT least(extract(year FROM maturity_date)::int, $2::int + $3::int + 1) AS year, debt_type, amount FROM bonds
       WHERE region_code = ANY($1::text[]) AND issue_date <= make_date($2, 12, 31) AND maturity_date > make_date($2, 12, 31))
     SELECT y.year, COALESCE(sum(d.amount), 0)::numeric(18,2)::text AS total,
            COALESCE(sum(d.amount) FILTER (WHERE d.debt_type = 'general'), 0)::numeric(18,2)::text AS general,
            COALESCE(sum(d.amount) FILTER (WHERE d.debt_type = 'special'), 0)::numeric(18,2)::text AS special,
            count(d.amount)::int AS bonds
     FROM generate_series($2::int + 1, $2::int + $3::int + 1) AS y(year) LEFT JOIN due d ON d.year = y.year
     GROUP BY y.year ORDER BY y.year`,
    [regions.map((region) => region.regionCode), fiscalYear, MATURITY_YEARS],
  );
  const outstanding = await pool.query<{ total: string; general: string; special: string; bonds: number }>(
    `SELECT COALESCE(sum(amount), 0)::numeric(18,2)::text AS total,
            COALESCE(sum(amount) FILTER (WHERE debt_type = 'general'), 0)::numeric(18,2)::text AS general,
            COALESCE(sum(amount) FILTER (WHERE debt_type = 'special'), 0)::numeric(18,2)::text AS special,
            count(*)::int AS bonds
     FROM bonds WHERE region_code = ANY($1::text[]) AND issue_date <= make_date($2, 12, 31) AND maturity_date > make_date($2, 12, 31)`,
    [regions.map((region) => region.regionCode), fiscalYear],
  );
  const years = rows.rows.map(({ year, total, general, special, bonds }) => ({ year, total, general, special, bonds }));
  const { total, general, special, bonds } = years.pop()!;
  return { fiscalYear, outstanding: outstanding.rows[0]!, years, later: { total, general, special, bonds } };
}
