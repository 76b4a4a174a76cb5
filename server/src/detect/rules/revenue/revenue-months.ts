// Shared by the revenue rules: one set-based read of the revenue feed, aggregated per month.
import Decimal from 'decimal.js';
import { BOOK_VALUES } from '../../../ingest/feeds/common-columns';
import type { RuleContext } from '../../rule-descriptor';

/**
 * Own revenue (本级收入): every code but 104 贷款转贷回收本金收入, 105 债务收入 and 110 转移性收入, so a
 * ratio measures what the region itself collects, not what it borrows, recovers or receives from above.
 */
const OWN_REVENUE = `rev_code !~ '^(104|105|110)'`;

/** Collections of one region, book and year, month by month (yuan, exact decimals). */
export interface RevenueYear {
  regionCode: string;
  book: string;
  fiscalYear: number;
  /** The annual budget of own revenue: each code's budget_amount (its latest row), summed. */
  budget: Decimal;
  /** The last month up to which every month from January is loaded (0 when January is missing). */
  throughMonth: number;
  months: ReadonlyMap<number, MonthCollections>;
}

export interface MonthCollections {
  own: Decimal;
  /** 税收收入 (101…). */
  tax: Decimal;
  /** 非税收入 (103…). */
  nonTax: Decimal;
}

/**
 * The revenue rows of the regions in scope, per region, book and year. A month counts once it has
 * begun by the as-of date (period ≤ the as-of month, as for the monthly debt feed): a row for a month
 * is that month's report, whatever day it arrived. `years` restricts the years read (null: all).
 */
export async function revenueYears(
  context: RuleContext<unknown>,
  years: readonly number[] | null,
  books: readonly string[] | null = null,
): Promise<RevenueYear[]> {
  const result = await context.db.query<{
    region_code: string;
    book: string;
    fiscal_year: number;
    month: number;
    own: string;
    tax: string;
    non_tax: string;
    budget: string;
  }>(
    `WITH rows AS (
       SELECT * FROM revenue
       WHERE fiscal_year * 100 + month <= $1 AND ($2::text[] IS NULL OR region_code = ANY($2))
         AND ($3::int[] IS NULL OR fiscal_year = ANY($3)) AND ($4::text[] IS NULL OR book::text = ANY($4))
     ),
     budgets AS (
       SELECT region_code, book, fiscal_year, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, book, fiscal_year, rev_code) region_code, book, fiscal_year, budget_amount
             FROM rows WHERE ${OWN_REVENUE} ORDER BY region_code, book, fiscal_year, rev_code, month DESC) latest
       GROUP BY region_code, book, fiscal_year
     )
     SELECT r.region_code, r.book::text, r.fiscal_year, r.month,
            COALESCE(sum(r.actual_amount) FILTER (WHERE ${OWN_REVENUE}), 0)::text AS own,
            COALESCE(sum(r.actual_amount) FILTER (WHERE r.rev_code LIKE '101%'), 0)::text AS tax,
            COALESCE(sum(r.actual_amount) FILTER (WHERE r.rev_code LIKE '103%'), 0)::text AS non_tax,
            COALESCE(max(b.budget), 0)::text AS budget
     FROM rows r LEFT JOIN budgets b USING (region_code, book, fiscal_year)
     GROUP BY r.region_code, r.book, r.fiscal_year, r.month
     ORDER BY r.region_code, r.book, r.fiscal_year, r.month`,
    [asOfMonthKey(context.asOf), context.regions, years, books],
  );
  const byKey = new Map<string, RevenueYear & { months: Map<number, MonthCollections> }>();
  for (const row of result.rows) {
    const key = `${row.region_code}|${row.book}|${row.fiscal_year}`;
    let year = byKey.get(key);
    if (!year) {
      year = {
        regionCode: row.region_code,
        book: row.book,
        fiscalYear: row.fiscal_year,
        budget: new Decimal(row.budget),
        throughMonth: 0,
        months: new Map(),
      };
      byKey.set(key, year);
    }
    year.months.set(row.month, {
      own: new Decimal(row.own),
      tax: new Decimal(row.tax),
      nonTax: new Decimal(row.non_tax),
    });
  }
  for (const year of byKey.values()) while (year.months.has(year.throughMonth + 1)) year.throughMonth++;
  return [...byKey.values()];
}

/** A year's collections of one kind from January through a month. */
export function cumulative(year: RevenueYear, through: number, kind: keyof MonthCollections): Decimal {
  let sum = new Decimal(0);
  for (let month = 1; month <= through; month++) sum = sum.plus(year.months.get(month)?.[kind] ?? 0);
  return sum;
}

/** part / whole in percent, rounded half-up to 6 decimals: the figure shown is the figure compared. */
export function percentOf(part: Decimal.Value, whole: Decimal.Value): Decimal {
  return new Decimal(part).times(100).div(whole).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/** The as-of month as the integer year·100 + month (2026-11-20 → 202611). */
export function asOfMonthKey(asOf: string): number {
  return Number(asOf.slice(0, 4)) * 100 + Number(asOf.slice(5, 7));
}

/** 'YYYY-MM' of a year and month. */
export function monthPeriod(fiscalYear: number, month: number): string {
  return `${fiscalYear}-${String(month).padStart(2, '0')}`;
}

/** The last day of a month (ISO date). */
export function monthEnd(fiscalYear: number, month: number): string {
  return new Date(Date.UTC(fiscalYear, month, 0)).toISOString().slice(0, 10);
}

/** The months January through a month as 'YYYY-MM' periods, for evidence. */
export function periodsThrough(fiscalYear: number, through: number): string[] {
  return Array.from({ length: through }, (_, i) => monthPeriod(fiscalYear, i + 1));
}

/** 1–N月 in Chinese, "January–Mon" in English, for explanations. */
export function monthsText(through: number): { zh: string; en: string } {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return through === 1
    ? { zh: '1月', en: 'January' }
    : { zh: `1–${through}月`, en: `January–${names[through - 1] ?? String(through)}` };
}

/** The Chinese name of a book (GPB → 一般公共预算). */
export function bookName(book: string): string {
  return book in BOOK_VALUES ? BOOK_VALUES[book as keyof typeof BOOK_VALUES][0] : book;
}
