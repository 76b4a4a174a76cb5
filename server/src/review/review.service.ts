import Decimal from 'decimal.js';
import type pg from 'pg';
import { BOOKS, type Book } from '../shared/money.schemas';
import { ratio } from '../shared/decimal';
import { subtreeCodes, subtreeRegions } from '../shared/subtree-regions';
import type { BookReview, BooksReview, FunctionsReview, FunctionsReviewInput, ReviewScope } from './review.schemas';
import { OWN_REVENUE, growth, money, throughMonthSql } from './review-sql';

export { reviewSangong } from './sangong-trend';
export { reviewPositions } from './positions-review';
export { reviewReliability } from './reliability-review';

/**
 * 会前审查: the budget of the year in scope against last year, for a region subtree. Expenditure
 * from budget_lines (current budget: every row, adjustments included) and payment_summary (net
 * payments); revenue from the revenue feed (own revenue). Sums exact in SQL, ratios in decimal.js.
 */

type Measure = 'budget' | 'lastYearBudget' | 'lastYearExecuted' | 'revenueBudget' | 'lastYearRevenue';

export async function reviewBooks(pool: pg.Pool, input: ReviewScope): Promise<BooksReview> {
  const { regionCode, fiscalYear } = input;
  const tree = await subtreeRegions(pool, regionCode);
  const regionName = tree[0]!.regionName;
  const regions = tree.map((region) => region.regionCode);
  const [sums, through] = await Promise.all([
    pool.query<{ measure: Measure; book: Book; amount: string }>(
      `SELECT CASE WHEN fiscal_year = $2 THEN 'budget' ELSE 'lastYearBudget' END AS measure, book::text, ${money('sum(amount)')} AS amount
       FROM budget_lines WHERE fiscal_year IN ($2, $2 - 1) AND region_code = ANY($1::text[])
       GROUP BY fiscal_year, book
       UNION ALL
       SELECT 'lastYearExecuted', book::text, ${money('sum(amount)')} FROM payment_summary
       WHERE fiscal_year = $2 - 1 AND region_code = ANY($1::text[]) GROUP BY book
       UNION ALL
       SELECT 'revenueBudget', book, ${money('sum(budget_amount)')}
       FROM (SELECT DISTINCT ON (region_code, book, rev_code) region_code, book::text, budget_amount FROM revenue
             WHERE fiscal_year = $2 AND region_code = ANY($1::text[]) AND ${OWN_REVENUE}
             ORDER BY region_code, book, rev_code, month DESC) latest
       GROUP BY book
       UNION ALL
       SELECT 'lastYearRevenue', book::text, ${money('sum(actual_amount)')} FROM revenue
       WHERE fiscal_year = $2 - 1 AND region_code = ANY($1::text[]) AND ${OWN_REVENUE} GROUP BY book`,
      [regions, fiscalYear],
    ),
    lastYearThrough(pool, regions, fiscalYear),
  ]);
  const amounts = new Map(sums.rows.map((row) => [`${row.measure}|${row.book}`, row.amount]));
  const amountOf = (measure: Measure, book: Book) => amounts.get(`${measure}|${book}`) ?? '0.00';
  const sumOf = (measure: Measure) =>
    BOOKS.reduce((total, book) => total.plus(amountOf(measure, book)), new Decimal(0)).toFixed(2);
  const totalBudget = sumOf('budget');
  const figures = (measure: (m: Measure) => string) => {
    const budget = measure('budget');
    const lastYearBudget = measure('lastYearBudget');
    const lastYearExecuted = measure('lastYearExecuted');
    const revenueBudget = measure('revenueBudget');
    const lastYearRevenue = measure('lastYearRevenue');
    return {
      budget,
      share: ratio(budget, totalBudget),
      lastYearBudget,
      lastYearExecuted,
      growthOnBudget: growth(budget, lastYearBudget),
      growthOnExecuted: growth(budget, lastYearExecuted),
      revenueBudget,
      lastYearRevenue,
      revenueGrowth: growth(revenueBudget, lastYearRevenue),
    };
  };
  const books: BookReview[] = BOOKS.map((book) => ({ book, ...figures((measure) => amountOf(measure, book)) }));
  return {
    regionCode,
    regionName,
    fiscalYear,
    lastYearThroughMonth: through,
    books,
    total: figures(sumOf),
  };
}

/**
 * The year's budget by function class (类, the first three digits of func_code) against last year's
 * budget and spending, largest budget first. Names from func_codes of the year in scope, else of the
 * nearest earlier year, else of any year.
 */
export async function reviewFunctions(pool: pg.Pool, input: FunctionsReviewInput): Promise<FunctionsReview> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeCodes(pool, regionCode);
  const [result, through] = await Promise.all([
    pool.query<{
      code: string;
      name_zh: string;
      name_en: string;
      budget: string;
      last_year_budget: string;
      last_year_executed: string;
    }>(
      `WITH budget AS (
       SELECT left(func_code, 3) AS code, sum(amount) FILTER (WHERE fiscal_year = $2) AS budget,
              sum(amount) FILTER (WHERE fiscal_year = $2 - 1) AS last_year_budget
       FROM budget_lines WHERE fiscal_year IN ($2, $2 - 1) AND region_code = ANY($1::text[])
         AND ($3::text IS NULL OR book::text = $3)
       GROUP BY 1),
     paid AS (
       SELECT left(func_code, 3) AS code, sum(amount) AS executed FROM payment_summary
       WHERE fiscal_year = $2 - 1 AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR book::text = $3)
       GROUP BY 1),
     names AS (
       SELECT DISTINCT ON (code) code, name_zh, name_en FROM func_codes WHERE level = 1
       ORDER BY code, fiscal_year <= $2 DESC, abs(fiscal_year - $2))
     SELECT k.code, COALESCE(n.name_zh, k.code) AS name_zh, COALESCE(n.name_en, k.code) AS name_en,
            ${money('b.budget')} AS budget, ${money('b.last_year_budget')} AS last_year_budget, ${money('p.executed')} AS last_year_executed
     FROM (SELECT code FROM budget UNION SELECT code FROM paid) k
     LEFT JOIN budget b ON b.code = k.code
     LEFT JOIN paid p ON p.code = k.code
     LEFT JOIN names n ON n.code = k.code
     ORDER BY COALESCE(b.budget, 0) DESC, k.code`,
      [regions, fiscalYear, input.book ?? null],
    ),
    lastYearThrough(pool, regions, fiscalYear),
  ]);
  const classes = result.rows
    .filter((row) =>
      [row.budget, row.last_year_budget, row.last_year_executed].some((amount) => !new Decimal(amount).isZero()),
    )
    .map((row) => ({
      code: row.code,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      budget: row.budget,
      lastYearBudget: row.last_year_budget,
      lastYearExecuted: row.last_year_executed,
      growthOnExecuted: growth(row.budget, row.last_year_executed),
    }));
  return { lastYearThroughMonth: through, classes };
}

/** The latest month of last year with payments in the subtree (12 once closed). */
async function lastYearThrough(pool: pg.Pool, regions: readonly string[], fiscalYear: number): Promise<number> {
  const found = await pool.query<{ through: number }>(`SELECT ${throughMonthSql('$2::int', '$1::text[]')} AS through`, [
    regions,
    fiscalYear - 1,
  ]);
  return found.rows[0]!.through;
}
