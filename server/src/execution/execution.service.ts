import Decimal from 'decimal.js';
import type pg from 'pg';
import { maskName } from '../auth/privacy';
import { ratio } from '../shared/decimal';
import { regionSubtreeSql } from '../shared/region-subtree.sql';
import { getRegion, subtreeCodes, subtreeRegions } from '../shared/subtree-regions';
import { notFound } from '../trpc/app-error';
import { timeProgress, yearEnd } from './time-progress';
import type {
  AgencyExecution,
  AgencyLines,
  AgencyLinesInput,
  AgencyRanking,
  AgencyRankingInput,
  FunctionBreakdown,
  FunctionBreakdownInput,
  MonthlyExecution,
  MonthlyInput,
  PaymentPage,
  PaymentSearchInput,
} from './execution.schemas';
import { paymentSearchInputSchema } from './execution.schemas';
import type { DataVersionCache } from '../shared/data-version-cache';

/**
 * 执行监控: execution of a region subtree for a fiscal year, from the budget lines and the payment
 * sums that the ingest pipeline keeps (payment_agency_month at agency grain, payment_summary for codes
 * and lines); only the payment list reads payments. Every value is a bound parameter; money comes
 * back as exact decimal text.
 */

const money = (column: string) => `COALESCE(${column}, 0)::numeric(18,2)::text`;

const regionName = async (pool: pg.Pool, regionCode: string): Promise<string> => (await getRegion(pool, regionCode)).name;

/** The as-of date: the latest payment of the year in the subtree, or 31 Dec once the next year has payments. */
async function asOfDate(pool: pg.Pool, regions: readonly string[], fiscalYear: number): Promise<string | null> {
  const found = await pool.query<{ latest: string | null; closed: boolean }>(
    `SELECT (SELECT max(last_pay_date)::text FROM payment_agency_month WHERE fiscal_year = $2 AND region_code = ANY($1::text[])) AS latest,
            EXISTS (SELECT 1 FROM payment_agency_month WHERE fiscal_year > $2) AS closed`,
    [regions, fiscalYear],
  );
  const { latest, closed } = found.rows[0]!;
  return closed ? yearEnd(fiscalYear) : latest;
}

/** timeProgress − rate, as a decimal string (positive = behind). */
const lagOf = (progress: string | null, rate: string | null): string | null =>
  progress === null || rate === null ? null : new Decimal(progress).minus(rate).toFixed(6);

export async function rankAgencies(pool: pg.Pool, input: AgencyRankingInput): Promise<AgencyRanking> {
  const { regionCode, fiscalYear } = input;
  const tree = await subtreeRegions(pool, regionCode);
  const regions = tree.map((region) => region.regionCode);
  const [asOf, rows] = await Promise.all([
    asOfDate(pool, regions, fiscalYear),
    pool.query<{ agency_code: string; agency_name: string; region_code: string; region_name: string; budget: string; executed: string; payments: number }>(
      `WITH budget AS (
         SELECT agency_code, sum(amount) AS amount FROM budget_lines
         WHERE fiscal_year = $2 AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR book::text = $3)
         GROUP BY agency_code),
       paid AS (
         SELECT agency_code, sum(amount) AS amount, sum(payments)::int AS payments FROM payment_agency_month
         WHERE fiscal_year = $2 AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR book::text = $3)
         GROUP BY agency_code)
       SELECT k.agency_code, COALESCE(a.agency_name, k.agency_code) AS agency_name,
              COALESCE(a.region_code, '') AS region_code, COALESCE(r.region_name, '') AS region_name,
              ${money('b.amount')} AS budget, ${money('p.amount')} AS executed, COALESCE(p.payments, 0) AS payments
       FROM (SELECT agency_code FROM budget UNION SELECT agency_code FROM paid) k
       LEFT JOIN agencies a ON a.agency_code = k.agency_code
       LEFT JOIN regions r ON r.region_code = a.region_code
       LEFT JOIN budget b ON b.agency_code = k.agency_code
       LEFT JOIN paid p ON p.agency_code = k.agency_code`,
      [regions, fiscalYear, input.book ?? null],
    ),
  ]);
  const progress = asOf ? timeProgress(fiscalYear, asOf) : null;
  const agencies: AgencyExecution[] = rows.rows.map((row) => {
    const executionRate = ratio(row.executed, row.budget);
    return {
      agencyCode: row.agency_code,
      agencyName: row.agency_name,
      regionCode: row.region_code,
      regionName: row.region_name,
      budget: row.budget,
      executed: row.executed,
      executionRate,
      lag: lagOf(progress, executionRate),
      payments: row.payments,
    };
  });
  // Most behind first; agencies without a rate (no budget) last, by code.
  agencies.sort((a, b) => {
    if (a.lag === null || b.lag === null) return a.lag === b.lag ? a.agencyCode.localeCompare(b.agencyCode) : a.lag === null ? 1 : -1;
    return new Decimal(b.lag).comparedTo(a.lag) || a.agencyCode.localeCompare(b.agencyCode);
  });
  return { regionCode, regionName: tree[0]!.regionName, fiscalYear, asOf, timeProgress: progress, agencies };
}

/** The agency's name and region when it belongs to the region's subtree; NOT_FOUND otherwise. */
async function agencyInRegion(pool: pg.Pool, agencyCode: string, regionCode: string) {
  const agency = await pool.query<{ agency_name: string; region_code: string; region_name: string | null }>(
    `SELECT a.agency_name, a.region_code, r.region_name FROM agencies a LEFT JOIN regions r ON r.region_code = a.region_code
     WHERE a.agency_code = $1 AND a.region_code IN ${regionSubtreeSql('$2')}`,
    [agencyCode, regionCode],
  );
  if (!agency.rows[0]) throw notFound(`预算单位 ${agencyCode}`, `agency ${agencyCode}`);
  return agency.rows[0];
}

/** The region exists, and so does the agency (within the region) when one is asked for. */
async function checkScope(pool: pg.Pool, regionCode: string, agencyCode: string | undefined): Promise<void> {
  await regionName(pool, regionCode);
  if (agencyCode !== undefined) await agencyInRegion(pool, agencyCode, regionCode);
}

export async function monthlyExecution(pool: pg.Pool, input: MonthlyInput): Promise<MonthlyExecution> {
  const { regionCode, fiscalYear } = input;
  const agency = input.agencyCode ?? null;
  const [, regions] = await Promise.all([checkScope(pool, regionCode, input.agencyCode), subtreeCodes(pool, regionCode)]);
  const [months, budgets] = await Promise.all([
    pool.query<{ fiscal_year: number; month: number; amount: string }>(
      `SELECT fiscal_year, month, sum(amount)::numeric(18,2)::text AS amount FROM payment_agency_month
       WHERE fiscal_year IN ($2, $2 - 1) AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR agency_code = $3)
       GROUP BY fiscal_year, month`,
      [regions, fiscalYear, agency],
    ),
    pool.query<{ fiscal_year: number; amount: string }>(
      `SELECT fiscal_year, sum(amount)::numeric(18,2)::text AS amount FROM budget_lines
       WHERE fiscal_year IN ($2, $2 - 1) AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR agency_code = $3)
       GROUP BY fiscal_year`,
      [regions, fiscalYear, agency],
    ),
  ]);
  const amountOf = (year: number, month: number) =>
    months.rows.find((row) => row.fiscal_year === year && row.month === month)?.amount ?? '0.00';
  let cumulative = new Decimal(0);
  let lastCumulative = new Decimal(0);
  const rows = Array.from({ length: 12 }, (_, i) => {
    const executed = amountOf(fiscalYear, i + 1);
    const lastYear = amountOf(fiscalYear - 1, i + 1);
    cumulative = cumulative.plus(executed);
    lastCumulative = lastCumulative.plus(lastYear);
    return { month: i + 1, executed, cumulative: cumulative.toFixed(2), lastYear, lastYearCumulative: lastCumulative.toFixed(2) };
  });
  const budgetOf = (year: number) => budgets.rows.find((row) => row.fiscal_year === year)?.amount ?? '0.00';
  return { fiscalYear, budget: budgetOf(fiscalYear), lastYearBudget: budgetOf(fiscalYear - 1), months: rows };
}

export async function functionBreakdown(pool: pg.Pool, input: FunctionBreakdownInput): Promise<FunctionBreakdown> {
  const { regionCode, fiscalYear } = input;
  const [, regions] = await Promise.all([checkScope(pool, regionCode, input.agencyCode), subtreeCodes(pool, regionCode)]);
  // Sums per 款 (5 digits); 类 are their sums. Names from the year's classification, else the latest year's.
  const rows = await pool.query<{ code: string; budget: string; executed: string }>(
    `WITH budget AS (
       SELECT left(func_code, 5) AS code, sum(amount) AS amount FROM budget_lines
       WHERE fiscal_year = $2 AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR agency_code = $3)
       GROUP BY 1),
     paid AS (
       SELECT left(func_code, 5) AS code, sum(amount) AS amount FROM payment_summary
       WHERE fiscal_year = $2 AND region_code = ANY($1::text[]) AND ($3::text IS NULL OR agency_code = $3)
       GROUP BY 1)
     SELECT COALESCE(b.code, p.code) AS code, ${money('b.amount')} AS budget, ${money('p.amount')} AS executed
     FROM budget b FULL JOIN paid p ON p.code = b.code
     ORDER BY 1`,
    [regions, fiscalYear, input.agencyCode ?? null],
  );
  const codes = [...new Set(rows.rows.flatMap((row) => [row.code, row.code.slice(0, 3)]))];
  const names = await classificationNames(pool, 'func_codes', fiscalYear, codes);
  const nameOf = (code: string) => names.get(code) ?? { nameZh: code, nameEn: code };
  const classes = new Map<string, FunctionBreakdown['classes'][number]>();
  for (const row of rows.rows) {
    const classCode = row.code.slice(0, 3);
    let node = classes.get(classCode);
    if (!node) {
      node = { code: classCode, ...nameOf(classCode), budget: '0.00', executed: '0.00', children: [] };
      classes.set(classCode, node);
    }
    node.budget = new Decimal(node.budget).plus(row.budget).toFixed(2);
    node.executed = new Decimal(node.executed).plus(row.executed).toFixed(2);
    if (row.code.length === 5) node.children.push({ code: row.code, ...nameOf(row.code), budget: row.budget, executed: row.executed });
  }
  return { classes: [...classes.values()] };
}

/** Names of classification codes: of the fiscal year where it has them, else of the nearest year. */
async function classificationNames(
  pool: pg.Pool,
  table: 'func_codes' | 'econ_codes',
  fiscalYear: number,
  codes: readonly string[],
): Promise<Map<string, { nameZh: string; nameEn: string }>> {
  if (codes.length === 0) return new Map();
  const found = await pool.query<{ code: string; name_zh: string; name_en: string }>(
    `SELECT DISTINCT ON (code) code, name_zh, name_en FROM ${table === 'func_codes' ? 'func_codes' : 'econ_codes'}
     WHERE code = ANY($1::text[]) ORDER BY code, abs(fiscal_year - $2)`,
    [codes, fiscalYear],
  );
  return new Map(found.rows.map((row) => [row.code, { nameZh: row.name_zh, nameEn: row.name_en }]));
}

export async function agencyLines(pool: pg.Pool, input: AgencyLinesInput): Promise<AgencyLines> {
  const { regionCode, fiscalYear, agencyCode } = input;
  const [agency, regions] = await Promise.all([agencyInRegion(pool, agencyCode, regionCode), subtreeCodes(pool, regionCode)]);
  // A line's budget is its own amount plus its adjustment rows (parent_line_id = the line); so are
  // its payments, those drawn on an adjustment row included.
  const lines = await pool.query<{
    line_id: string;
    book: AgencyLines['lines'][number]['book'];
    func_code: string;
    econ_code: string;
    project_name: string | null;
    doc_no: string;
    budget: string;
    executed: string;
    payments: number;
  }>(
    // Keyed by (region, line) throughout, within the subtree in scope: every join stays within one
    // region (one shard of a layout distributed by region, docs/scaling-queries.md §P2).
    `WITH budget AS (
       SELECT region_code, COALESCE(parent_line_id, line_id) AS line_id, sum(amount) AS amount FROM budget_lines
       WHERE agency_code = $1 AND fiscal_year = $2 AND region_code = ANY($3::text[]) GROUP BY 1, 2),
     paid AS (
       SELECT s.region_code, COALESCE(l.parent_line_id, s.line_id) AS line_id, sum(s.amount) AS amount, sum(s.payments)::int AS payments
       FROM payment_summary s
       JOIN budget_lines l ON l.region_code = s.region_code AND l.line_id = s.line_id AND l.agency_code = $1 AND l.fiscal_year = $2
       WHERE s.agency_code = $1 AND s.fiscal_year = $2 AND s.region_code = ANY($3::text[]) GROUP BY 1, 2)
     SELECT l.line_id, l.book::text AS book, l.func_code, l.econ_code, l.project_name, l.doc_no,
            ${money('b.amount')} AS budget, ${money('p.amount')} AS executed, COALESCE(p.payments, 0) AS payments
     FROM budget b JOIN budget_lines l ON l.region_code = b.region_code AND l.line_id = b.line_id
     LEFT JOIN paid p ON p.region_code = b.region_code AND p.line_id = b.line_id
     ORDER BY l.func_code, l.econ_code, l.line_id`,
    [agencyCode, fiscalYear, regions],
  );
  const unattributed = await pool.query<{ executed: string; payments: number }>(
    `SELECT ${money('sum(s.amount)')} AS executed, COALESCE(sum(s.payments), 0)::int AS payments FROM payment_summary s
     WHERE s.agency_code = $1 AND s.fiscal_year = $2 AND s.region_code = ANY($3::text[])
       AND (s.line_id = '' OR NOT EXISTS (SELECT 1 FROM budget_lines l
                                          WHERE l.region_code = s.region_code AND l.line_id = s.line_id AND l.agency_code = $1 AND l.fiscal_year = $2))`,
    [agencyCode, fiscalYear, regions],
  );
  const funcNames = await classificationNames(pool, 'func_codes', fiscalYear, [...new Set(lines.rows.map((l) => l.func_code))]);
  const econNames = await classificationNames(pool, 'econ_codes', fiscalYear, [...new Set(lines.rows.map((l) => l.econ_code))]);
  return {
    agencyCode,
    agencyName: agency.agency_name,
    regionCode: agency.region_code,
    regionName: agency.region_name ?? '',
    lines: lines.rows.map((line) => ({
      lineId: line.line_id,
      book: line.book,
      funcCode: line.func_code,
      funcName: funcNames.get(line.func_code)?.nameZh ?? null,
      funcNameEn: funcNames.get(line.func_code)?.nameEn ?? null,
      econCode: line.econ_code,
      econName: econNames.get(line.econ_code)?.nameZh ?? null,
      econNameEn: econNames.get(line.econ_code)?.nameEn ?? null,
      projectName: line.project_name,
      docNo: line.doc_no,
      budget: line.budget,
      executed: line.executed,
      executionRate: ratio(line.executed, line.budget),
      payments: line.payments,
    })),
    unattributed: unattributed.rows[0]!,
  };
}

/** Sort columns, qualified: a bare name would sort by the output column of that name (amount as text). */
const SORT_SQL: Record<PaymentSearchInput['sort'] & string, string> = {
  payDate: 'p.pay_date',
  amount: 'p.amount',
  payeeName: 'p.payee_name',
  voucherNo: 'p.voucher_no',
};

/** LIKE pattern that matches the text literally (%, _ and \ escaped). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The most payment keys of one listing kept in order in memory (a busy agency's year is ~7,000). */
const LISTING_CAP = 20_000;

interface PaymentRow {
  voucher_no: string;
  pay_date: string;
  book: PaymentPage['rows'][number]['book'];
  func_code: string;
  econ_code: string;
  line_id: string | null;
  payee_name: string;
  payee_type: string;
  pay_method: string;
  amount: string;
  purpose: string | null;
}

const PAYMENT_COLUMNS = `voucher_no, pay_date::text AS pay_date, book::text AS book, func_code, econ_code, line_id, payee_name,
  payee_type::text AS payee_type, pay_method::text AS pay_method, amount::text AS amount, purpose`;

/** One listing of payments (filters and order, all pages): its keys in order, count and total. */
interface PaymentListing {
  total: number;
  totalAmount: string;
  /** The voucher numbers in the listing's order, the first LISTING_CAP of them. */
  vouchers: string[];
  /** The regions of the subtree where the agency has payments in the year. */
  regions: string[];
  /** For pages past the cap: the filter, its parameters and the order, as SQL over payments p. */
  filter: string;
  params: unknown[];
  order: string;
}

/**
 * One page of an agency's payments in the year, filtered and sorted; individual payees masked for
 * roles that may not see them. The listing (every page's keys in order, the count and the total)
 * is computed once per data version and kept (shared/data-version-cache.ts), so paging through it
 * reads only the page's rows, by key.
 */
export async function searchPayments(
  pool: pg.Pool,
  rawInput: PaymentSearchInput,
  showPayees: boolean,
  cache: DataVersionCache,
  listingCap = LISTING_CAP,
): Promise<PaymentPage> {
  const input = paymentSearchInputSchema.parse(rawInput);
  const { page, pageSize, ...listed } = input;
  const listing = await cache.get(`execution.payments:${listingCap}:${JSON.stringify({ ...listed, showPayees })}`, () =>
    paymentListing(pool, input, showPayees, listingCap),
  );
  const offset = (page - 1) * pageSize;
  let rows: PaymentRow[];
  if (listing.vouchers.length === listing.total || offset + pageSize <= listing.vouchers.length) {
    const keys = listing.vouchers.slice(offset, offset + pageSize);
    // The year's bounds keep the key lookups in that year's partition of payments, the regions on
    // the shards of the agency's regions (docs/scaling-queries.md §P3).
    const found = await pool.query<PaymentRow>(
      `SELECT ${PAYMENT_COLUMNS} FROM payments
       WHERE voucher_no = ANY($1::text[]) AND pay_date >= make_date($2, 1, 1) AND pay_date < make_date($2 + 1, 1, 1)
         AND region_code = ANY($3::text[])`,
      [keys, input.fiscalYear, listing.regions],
    );
    const byKey = new Map(found.rows.map((row) => [row.voucher_no, row]));
    rows = keys.map((key) => byKey.get(key)).filter((row): row is PaymentRow => row !== undefined);
  } else {
    // Past the keys kept: the page is chosen on narrow rows (key and sort value), then read by key.
    const found = await pool.query<PaymentRow>(
      `WITH page AS (
         SELECT p.region_code AS page_region, p.voucher_no AS page_voucher, p.pay_date AS page_date, row_number() OVER (ORDER BY ${listing.order}) AS page_rank
         FROM payments p WHERE ${listing.filter} ORDER BY ${listing.order} LIMIT ${pageSize} OFFSET ${offset}
       )
       SELECT ${PAYMENT_COLUMNS} FROM page JOIN payments p
         ON p.region_code = page.page_region AND p.voucher_no = page.page_voucher AND p.pay_date = page.page_date
       ORDER BY page.page_rank`,
      listing.params,
    );
    rows = found.rows;
  }
  return {
    total: listing.total,
    totalAmount: listing.totalAmount,
    page,
    pageSize,
    rows: rows.map((row) => ({
      voucherNo: row.voucher_no,
      payDate: row.pay_date,
      book: row.book,
      funcCode: row.func_code,
      econCode: row.econ_code,
      lineId: row.line_id,
      // Units (companies, agencies) are not individuals: their names stay readable (privacy.ts).
      payeeName: showPayees || row.payee_type !== 'individual' ? row.payee_name : maskName(row.payee_name),
      payeeType: row.payee_type,
      payMethod: row.pay_method,
      amount: row.amount,
      purpose: row.purpose,
    })),
  };
}

/** The listing of searchPayments: filter, order, count, total and the keys in order. */
async function paymentListing(
  pool: pg.Pool,
  input: ReturnType<typeof paymentSearchInputSchema.parse>,
  showPayees: boolean,
  listingCap: number,
): Promise<PaymentListing> {
  // The regions of the subtree where the agency has payments in the year (from their sums; nearly
  // always one): the (region_code, agency_code, pay_date) index is then searched there only.
  const found = await pool.query<{ regions: string[] | null }>(
    `SELECT array_agg(DISTINCT region_code) AS regions FROM payment_agency_month
     WHERE agency_code = $2 AND fiscal_year = $3 AND region_code = ANY($1::text[])`,
    [await subtreeCodes(pool, input.regionCode), input.agencyCode, input.fiscalYear],
  );
  const regions = found.rows[0]?.regions ?? [];
  if (regions.length === 0) return { total: 0, totalAmount: '0.00', vouchers: [], regions, filter: 'false', params: [], order: 'p.voucher_no' };
  // One region (the rule): an equality, so the index also hands rows over in pay_date order and a
  // page sorted by date stops after its rows instead of sorting the year.
  const single = regions.length === 1;
  const params: unknown[] = [single ? regions[0] : regions, input.agencyCode, input.fiscalYear];
  const where = [
    single ? 'region_code = $1::text' : 'region_code = ANY($1::text[])',
    'agency_code = $2',
    'pay_date >= make_date($3, 1, 1)',
    'pay_date < make_date($3 + 1, 1, 1)',
  ];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  // As execution.lines counts them: a line with its adjustment rows; unattributed = no line of the agency's year.
  // Lines of the payments' own regions: with one region, the whole statement stays on its shard.
  const agencyLine = `SELECT line_id FROM budget_lines WHERE agency_code = $2 AND fiscal_year = $3 AND ${where[0]}`;
  if (input.lineId === '') where.push(`(line_id IS NULL OR line_id NOT IN (${agencyLine}))`);
  else if (input.lineId !== undefined) add((p) => `line_id IN (${agencyLine} AND (line_id = ${p} OR parent_line_id = ${p}))`, input.lineId);
  if (input.from) add((p) => `pay_date >= ${p}::date`, input.from);
  if (input.to) add((p) => `pay_date <= ${p}::date`, input.to);
  // Searching names must not reveal individuals to roles that see them masked: units only, then.
  if (input.payee) add((p) => `payee_name ILIKE ${p}${showPayees ? '' : ` AND payee_type = 'unit'`}`, containing(input.payee));
  if (input.minAmount) add((p) => `amount >= ${p}::numeric`, input.minAmount);
  if (input.maxAmount) add((p) => `amount <= ${p}::numeric`, input.maxAmount);
  if (input.econCode) add((p) => `starts_with(econ_code, ${p})`, input.econCode);
  if (input.funcCode) add((p) => `starts_with(func_code, ${p})`, input.funcCode);
  const filter = where.join(' AND ');

  // Unfiltered, the totals are the agency's payment sums of the year; filtered, they are counted.
  const unfiltered = where.length === 4;
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  // Masked individuals sort by what the role sees (the first character), so the order hints at nothing hidden.
  const sortColumn =
    input.sort === 'payeeName' && !showPayees ? `CASE WHEN p.payee_type = 'individual' THEN left(p.payee_name, 1) ELSE p.payee_name END` : SORT_SQL[input.sort];
  const order = `${sortColumn} ${direction}, p.voucher_no ${direction}`;
  // The count and the keys at once, on two connections.
  const [totals, keys] = await Promise.all([
    pool.query<{ total: number; total_amount: string }>(
      unfiltered
        ? `SELECT COALESCE(sum(payments), 0)::int AS total, ${money('sum(amount)')} AS total_amount FROM payment_agency_month
           WHERE ${where[0]} AND agency_code = $2 AND fiscal_year = $3`
        : `SELECT count(*)::int AS total, ${money('sum(amount)')} AS total_amount FROM payments WHERE ${filter}`,
      params,
    ),
    pool.query<{ voucher_no: string }>(`SELECT p.voucher_no FROM payments p WHERE ${filter} ORDER BY ${order} LIMIT ${listingCap}`, params),
  ]);
  return {
    total: totals.rows[0]!.total,
    totalAmount: totals.rows[0]!.total_amount,
    vouchers: keys.rows.map((row) => row.voucher_no),
    regions,
    filter,
    params,
    order,
  };
}
