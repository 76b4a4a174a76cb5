import type pg from 'pg';
import type { Book } from '../shared/money.schemas';
import { regionSubtreeSql } from '../shared/region-subtree.sql';

/*
 * SQL of the revenue page. Every query reads the leaf rows of the region subtree for the fiscal year
 * ($2) and the year before: a file may carry both a class and its items (101 and 10101), and only the
 * deepest code of a month, region and book is counted, as the overview does. A code's annual budget
 * is the budget_amount of its latest month's row (FEEDS.md: the same on every month's row).
 */

/** Own revenue (本级收入): every code but 104 贷款转贷回收本金收入, 105 债务收入 and 110 转移性收入, as REV-PACE counts it. */
const OWN = `rev_code !~ '^(104|105|110)'`;

/** `leaf`: the subtree's deepest rows of the year and the year before; `tree` must be defined before it. */
const LEAF = `leaf AS (
    SELECT r.fiscal_year, r.month, r.region_code, r.book::text AS book, r.rev_code, r.rev_name, r.budget_amount, r.actual_amount
    FROM revenue r
    WHERE r.fiscal_year IN ($2, $2 - 1) AND r.region_code IN (SELECT region_code FROM tree)
      AND NOT EXISTS (
        SELECT 1 FROM revenue c
        WHERE c.fiscal_year = r.fiscal_year AND c.month = r.month AND c.region_code = r.region_code
          AND c.book = r.book AND c.rev_code LIKE r.rev_code || '_%'))`;

const money = (expression: string) => `COALESCE(${expression}, 0)::numeric(18,2)::text`;

export interface MonthTotals {
  fiscalYear: number;
  month: number;
  book: Book;
  /** Own revenue collected in the month. */
  own: string;
  /** 税收收入 (101…). */
  tax: string;
  /** 非税收入 (103…). */
  nonTax: string;
}

/** Collections per year, month and book over the subtree, this year and last. */
export async function findMonthTotals(pool: pg.Pool, regionCode: string, fiscalYear: number): Promise<MonthTotals[]> {
  const result = await pool.query<MonthTotals>(
    `WITH tree AS ${regionSubtreeSql('$1')}, ${LEAF}
     SELECT fiscal_year AS "fiscalYear", month, book,
            ${money(`sum(actual_amount) FILTER (WHERE ${OWN})`)} AS own,
            ${money(`sum(actual_amount) FILTER (WHERE rev_code LIKE '101%')`)} AS tax,
            ${money(`sum(actual_amount) FILTER (WHERE rev_code LIKE '103%')`)} AS "nonTax"
     FROM leaf GROUP BY fiscal_year, month, book ORDER BY fiscal_year, month, book`,
    [regionCode, fiscalYear],
  );
  return result.rows;
}

export interface BookBudget {
  fiscalYear: number;
  book: Book;
  /** Annual budget of own revenue. */
  budget: string;
}

/** Own-revenue budgets per year and book over the subtree, this year and last. */
export async function findOwnBudgets(pool: pg.Pool, regionCode: string, fiscalYear: number): Promise<BookBudget[]> {
  const result = await pool.query<BookBudget>(
    `WITH tree AS ${regionSubtreeSql('$1')}, ${LEAF}
     SELECT fiscal_year AS "fiscalYear", book, ${money('sum(budget_amount)')} AS budget
     FROM (SELECT DISTINCT ON (fiscal_year, region_code, book, rev_code) fiscal_year, book, budget_amount
           FROM leaf WHERE ${OWN} ORDER BY fiscal_year, region_code, book, rev_code, month DESC) latest
     GROUP BY fiscal_year, book`,
    [regionCode, fiscalYear],
  );
  return result.rows;
}

export interface CodeTotals {
  code: string;
  /** The feed's rev_name of the code where it is a leaf, for codes the classification lacks. */
  revName: string | null;
  budget: string;
  actual: string;
  lastYear: string;
}

/**
 * Budget, collection January through `through` and the same months of last year per 类, 款 and 项
 * (3, 5 and 7 digits) of one book: each leaf counts in every level above it.
 */
export async function findCodeTotals(
  pool: pg.Pool,
  regionCode: string,
  fiscalYear: number,
  book: Book,
  through: number,
): Promise<CodeTotals[]> {
  const result = await pool.query<CodeTotals>(
    `WITH tree AS ${regionSubtreeSql('$1')}, ${LEAF},
     collected AS (
       SELECT rev_code, max(rev_name) AS rev_name,
              sum(actual_amount) FILTER (WHERE fiscal_year = $2 AND month <= $4) AS actual,
              sum(actual_amount) FILTER (WHERE fiscal_year = $2 - 1 AND month <= $4) AS last_year
       FROM leaf WHERE book = $3 GROUP BY rev_code),
     budgeted AS (
       SELECT rev_code, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, rev_code) rev_code, budget_amount FROM leaf
             WHERE fiscal_year = $2 AND book = $3 ORDER BY region_code, rev_code, month DESC) latest
       GROUP BY rev_code),
     leaves AS (SELECT * FROM collected FULL JOIN budgeted USING (rev_code))
     SELECT level.code, max(l.rev_name) FILTER (WHERE l.rev_code = level.code) AS "revName",
            ${money('sum(l.budget)')} AS budget, ${money('sum(l.actual)')} AS actual, ${money('sum(l.last_year)')} AS "lastYear"
     FROM leaves l
     CROSS JOIN LATERAL (SELECT left(l.rev_code, n) AS code FROM unnest(ARRAY[3, 5, 7]) AS n WHERE length(l.rev_code) >= n) level
     GROUP BY level.code ORDER BY level.code`,
    [regionCode, fiscalYear, book, through],
  );
  return result.rows;
}

export interface BranchTotals {
  regionCode: string;
  regionName: string;
  level: string;
  branch: 'self' | 'child';
  latestMonth: number;
  budget: string;
  actual: string;
  lastYear: string;
}

/**
 * Own revenue of one book per branch of the region: its own rows, and each direct sub-region with
 * everything below it; collections January through `through`, this year and the same months of last.
 */
export async function findBranchTotals(
  pool: pg.Pool,
  regionCode: string,
  fiscalYear: number,
  book: Book,
  through: number,
): Promise<BranchTotals[]> {
  const result = await pool.query<BranchTotals>(
    `WITH RECURSIVE branches AS (
       SELECT region_code, NULL::varchar AS branch FROM regions WHERE region_code = $1
       UNION ALL
       SELECT c.region_code, COALESCE(b.branch, c.region_code) FROM regions c JOIN branches b ON c.parent_code = b.region_code),
     tree AS (SELECT region_code FROM branches), ${LEAF},
     rows AS (SELECT COALESCE(b.branch, $1) AS branch, l.* FROM leaf l JOIN branches b USING (region_code) WHERE l.book = $3 AND ${OWN}),
     budgeted AS (
       SELECT branch, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, rev_code) branch, budget_amount FROM rows
             WHERE fiscal_year = $2 ORDER BY region_code, rev_code, month DESC) latest
       GROUP BY branch),
     collected AS (
       SELECT branch, max(month) FILTER (WHERE fiscal_year = $2) AS latest_month,
              sum(actual_amount) FILTER (WHERE fiscal_year = $2 AND month <= $4) AS actual,
              sum(actual_amount) FILTER (WHERE fiscal_year = $2 - 1 AND month <= $4) AS last_year
       FROM rows GROUP BY branch)
     SELECT g.region_code AS "regionCode", g.region_name AS "regionName", g.level::text AS level,
            CASE WHEN g.region_code = $1 THEN 'self' ELSE 'child' END AS branch,
            COALESCE(c.latest_month, 0) AS "latestMonth",
            ${money('b.budget')} AS budget, ${money('c.actual')} AS actual, ${money('c.last_year')} AS "lastYear"
     FROM collected c FULL JOIN budgeted b USING (branch)
     JOIN regions g ON g.region_code = COALESCE(c.branch, b.branch)
     ORDER BY g.region_code <> $1, g.region_code`,
    [regionCode, fiscalYear, book, through],
  );
  return result.rows;
}

/** Names of revenue codes: of the fiscal year where the classification has them, else of the nearest year. */
export async function findRevCodeNames(
  pool: pg.Pool,
  fiscalYear: number,
  codes: readonly string[],
): Promise<Map<string, { nameZh: string; nameEn: string }>> {
  if (codes.length === 0) return new Map();
  const found = await pool.query<{ code: string; name_zh: string; name_en: string }>(
    `SELECT DISTINCT ON (code) code, name_zh, name_en FROM rev_codes WHERE code = ANY($1::text[]) ORDER BY code, abs(fiscal_year - $2)`,
    [[...codes], fiscalYear],
  );
  return new Map(found.rows.map((row) => [row.code, { nameZh: row.name_zh, nameEn: row.name_en }]));
}

/** The region's name and level; null when it is not loaded. */

