// Shared by the revenue rules: one set-based read of the revenue feed, aggregated per month.
import Decimal from 'decimal.js';
import { scopeYears, type RuleContext } from '../../rule-descriptor';

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

/** The collections of a region, book and year without the budget (what the year-on-year rules compare). */
export type CollectionYear = Omit<RevenueYear, 'budget'>;

/**
 * The revenue rows of the regions in scope, per region, book and year, with the annual budget of own
 * revenue. A month counts once it has begun by the as-of date (period ≤ the as-of month, as for the
 * monthly debt feed): a row for a month is that month's report, whatever day it arrived. `years`
 * restricts the years read (null: all).
 */
export async function revenueYears(
  context: RuleContext<unknown>,
  years: readonly number[] | null,
  books: readonly string[] | null = null,
): Promise<RevenueYear[]> {
  const rows = await readRevenue(context, years, books, true);
  return rows.map((year) => ({ ...year, budget: year.budget ?? new Decimal(0) }));
}

/** As {@link revenueYears}, without the budgets: collections only. */
export async function collectionYears(
  context: RuleContext<unknown>,
  years: readonly number[] | null,
  books: readonly string[] | null = null,
): Promise<CollectionYear[]> {
  return readRevenue(context, years, books, false);
}

async function readRevenue(
  context: RuleContext<unknown>,
  years: readonly number[] | null,
  books: readonly string[] | null,
  withBudget: boolean,
): Promise<(CollectionYear & { budget: Decimal | null })[]> {
  // The budget CTE and its join are constant SQL fragments, included only when the budget is wanted.
  const budgets = withBudget
    ? `, budgets AS (
       SELECT region_code, book, fiscal_year, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, book, fiscal_year, rev_code) region_code, book, fiscal_year, budget_amount
             FROM rows WHERE ${OWN_REVENUE} ORDER BY region_code, book, fiscal_year, rev_code, month DESC) latest
       GROUP BY region_code, book, fiscal_year
     )`
    : '';
  const result = await context.db.query<{
    region_code: string;
    book: string;
    fiscal_year: number;
    month: number;
    own: string;
    tax: string;
    non_tax: string;
    budget: string | null;
  }>(
    `WITH rows AS (
       SELECT * FROM revenue
       WHERE (fiscal_year, month) <= ($1, $2) AND ($3::text[] IS NULL OR region_code = ANY($3))
         AND ($4::int[] IS NULL OR fiscal_year = ANY($4)) AND ($5::text[] IS NULL OR book::text = ANY($5))
     )${budgets}
     SELECT r.region_code, r.book::text, r.fiscal_year, r.month,
            COALESCE(sum(r.actual_amount) FILTER (WHERE ${OWN_REVENUE}), 0)::text AS own,
            COALESCE(sum(r.actual_amount) FILTER (WHERE r.rev_code LIKE '101%'), 0)::text AS tax,
            COALESCE(sum(r.actual_amount) FILTER (WHERE r.rev_code LIKE '103%'), 0)::text AS non_tax,
            ${withBudget ? 'COALESCE(max(b.budget), 0)::text' : 'NULL'} AS budget
     FROM rows r ${withBudget ? 'LEFT JOIN budgets b USING (region_code, book, fiscal_year)' : ''}
     GROUP BY r.region_code, r.book, r.fiscal_year, r.month
     ORDER BY r.region_code, r.book, r.fiscal_year, r.month`,
    [Number(context.asOf.slice(0, 4)), Number(context.asOf.slice(5, 7)), context.regions, years, books],
  );
  const byKey = new Map<string, CollectionYear & { budget: Decimal | null; months: Map<number, MonthCollections> }>();
  for (const row of result.rows) {
    const key = `${row.region_code}|${row.book}|${row.fiscal_year}`;
    let year = byKey.get(key);
    if (!year) {
      year = {
        regionCode: row.region_code,
        book: row.book,
        fiscalYear: row.fiscal_year,
        budget: row.budget === null ? null : new Decimal(row.budget),
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

/** A GPB year of a region in scope, with the same months of the year before where those are all loaded. */
export interface YearOnYear {
  year: CollectionYear;
  /** This year's last month loaded (January through it): the months compared. */
  through: number;
  /** Last year, when it has every month January through `through`; else null. */
  lastYear: CollectionYear | null;
}

/**
 * Book GPB per region and year in scope (January loaded), each with last year for a same-months
 * comparison: on an incremental run the years in scope and the year before each are read.
 */
export async function sameMonthsLastYear(context: RuleContext<unknown>): Promise<YearOnYear[]> {
  const years = scopeYears(context);
  const rows = await collectionYears(context, years && [...years, ...years.map((y) => y - 1)], ['GPB']);
  const byKey = new Map(rows.map((year) => [`${year.regionCode}|${year.fiscalYear}`, year]));
  return rows
    .filter((year) => (!years || years.includes(year.fiscalYear)) && year.throughMonth > 0)
    .map((year) => {
      const lastYear = byKey.get(`${year.regionCode}|${year.fiscalYear - 1}`);
      return {
        year,
        through: year.throughMonth,
        lastYear: lastYear && lastYear.throughMonth >= year.throughMonth ? lastYear : null,
      };
    });
}

/** 一般公共预算收入 of a GPB year, January through a month: 税收收入 (101…) + 非税收入 (103…), transfers excluded. */
export function generalRevenue(
  year: CollectionYear,
  through: number,
): { tax: Decimal; nonTax: Decimal; general: Decimal } {
  const tax = cumulative(year, through, 'tax');
  const nonTax = cumulative(year, through, 'nonTax');
  return { tax, nonTax, general: tax.plus(nonTax) };
}

/** A year's collections of one kind from January through a month. */
export function cumulative(year: CollectionYear, through: number, kind: keyof MonthCollections): Decimal {
  let sum = new Decimal(0);
  for (let month = 1; month <= through; month++) sum = sum.plus(year.months.get(month)?.[kind] ?? 0);
  return sum;
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
