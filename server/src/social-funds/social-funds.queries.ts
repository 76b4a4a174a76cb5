import type pg from 'pg';
import { regionSubtreeSql } from '../shared/region-subtree.sql';

/*
 * SQL of the social fund page: the subtree's rows of the fiscal year ($2) and the year before (for
 * the twelve months ending in early months, and for last year's same months), summed per group and
 * month, with the running year-to-date sums and the twelve calendar months ending with each month.
 */

/** One group's month: its sums, year to date, and over the window of twelve months (those loaded). */
export interface GroupMonth {
  fiscalYear: number;
  month: number;
  income: string;
  expenditure: string;
  /** Σ 期末累计结余 of the rows of the month. */
  balance: string;
  ytdIncome: string;
  ytdExpenditure: string;
  /** Expenditure of the twelve calendar months ending with this one. */
  spent: string;
  /** How many of those twelve months are loaded. */
  monthsAveraged: number;
}

/** The windowed columns over `monthly` (group key `grp`); constant SQL. */
const WINDOWED = `SELECT grp, fiscal_year AS "fiscalYear", month,
       income::text, expenditure::text, balance::text,
       (sum(income) OVER ytd)::text AS "ytdIncome", (sum(expenditure) OVER ytd)::text AS "ytdExpenditure",
       (sum(expenditure) OVER twelve)::text AS spent, (count(*) OVER twelve)::int AS "monthsAveraged"
     FROM monthly
     WINDOW ytd AS (PARTITION BY grp, fiscal_year ORDER BY month),
            twelve AS (PARTITION BY grp ORDER BY fiscal_year * 12 + month RANGE BETWEEN 11 PRECEDING AND CURRENT ROW)`;

/**
 * Months per fund type over the subtree, and for every fund together (fund type null), this year
 * and last.
 */
export async function findFundMonths(
  pool: pg.Pool,
  regionCode: string,
  fiscalYear: number,
): Promise<(GroupMonth & { fundType: string | null })[]> {
  const result = await pool.query<GroupMonth & { grp: string; fundType: string | null }>(
    `WITH tree AS ${regionSubtreeSql('$1')},
     monthly AS (
       SELECT CASE WHEN GROUPING(fund_type) = 1 THEN '' ELSE 'fund:' || fund_type END AS grp,
              fiscal_year, month, sum(income) AS income, sum(expenditure) AS expenditure, sum(balance_end) AS balance
       FROM social_funds
       WHERE fiscal_year IN ($2, $2 - 1) AND region_code IN (SELECT region_code FROM tree)
       GROUP BY GROUPING SETS ((fund_type, fiscal_year, month), (fiscal_year, month)))
     SELECT NULLIF(substr(w.grp, 6), '') AS "fundType", w.* FROM (${WINDOWED}) w
     ORDER BY w.grp, w."fiscalYear", w.month`,
    [regionCode, fiscalYear],
  );
  return result.rows.map(({ grp: _, ...row }) => row);
}

/**
 * Months per branch of the region (its own rows; each direct sub-region with everything below it),
 * of one fund type or of every fund together, this year and last.
 */
export async function findBranchMonths(
  pool: pg.Pool,
  regionCode: string,
  fiscalYear: number,
  fundType: string | null,
): Promise<(GroupMonth & { regionCode: string; regionName: string; level: string })[]> {
  const result = await pool.query<GroupMonth & { grp: string; regionCode: string; regionName: string; level: string }>(
    `WITH RECURSIVE branches AS (
       SELECT region_code, NULL::varchar AS branch FROM regions WHERE region_code = $1
       UNION ALL
       SELECT c.region_code, COALESCE(b.branch, c.region_code) FROM regions c JOIN branches b ON c.parent_code = b.region_code),
     monthly AS (
       SELECT COALESCE(b.branch, $1) AS grp, s.fiscal_year, s.month,
              sum(s.income) AS income, sum(s.expenditure) AS expenditure, sum(s.balance_end) AS balance
       FROM social_funds s JOIN branches b USING (region_code)
       WHERE s.fiscal_year IN ($2, $2 - 1) AND ($3::text IS NULL OR s.fund_type = $3)
       GROUP BY 1, 2, 3)
     SELECT g.region_code AS "regionCode", g.region_name AS "regionName", g.level::text AS level, w.*
     FROM (${WINDOWED}) w JOIN regions g ON g.region_code = w.grp
     ORDER BY g.region_code <> $1, g.region_code, w."fiscalYear", w.month`,
    [regionCode, fiscalYear, fundType],
  );
  return result.rows.map(({ grp: _, ...row }) => row);
}

/** The region's name; null when it is not loaded. */

