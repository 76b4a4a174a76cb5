import type pg from 'pg';

/**
 * payment_summary: payments summed per fiscal year, month, region, agency, budget line ('' for
 * none), function and economic code and book. The execution monitor reads it instead of a year of
 * payments; the ingest pipeline keeps it in step inside the load's transaction, so a reader never
 * sees payments without their sums or the other way round.
 *
 * payment_agency_month: the same sums rolled up per year, month, region, agency and book (a few rows
 * per agency and month, however many payments), kept in step with payment_summary.
 */

const GROUP_COLUMNS = `extract(year FROM p.pay_date)::int, extract(month FROM p.pay_date)::smallint, p.region_code,
  p.agency_code, COALESCE(p.line_id, ''), p.func_code, p.econ_code, p.book`;

/** Payments of at least this many yuan have their first digit counted (PAY-BENFORD's default minAmount). */
export const FIRST_DIGIT_FLOOR = 10;
const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
/** first_digit_1 … first_digit_9. */
export const FIRST_DIGIT_COLUMNS = DIGITS.map((d) => `first_digit_${d}`);
/** One payment's (alias p) first-digit counts, 0 or 1 each, in FIRST_DIGIT_COLUMNS order. */
const firstDigitsOf = (alias: string, aggregate: boolean) =>
  DIGITS.map((d) => {
    // The code of the amount's first character: '1' is 49 … '9' is 57 (safe for any text, unlike a cast).
    const test = `${alias}.amount >= ${FIRST_DIGIT_FLOOR} AND ascii(${alias}.amount::text) = ${48 + d}`;
    return aggregate ? `count(*) FILTER (WHERE ${test})::int` : `(${test})::int`;
  }).join(', ');

const SUMMARY_COLUMNS = `(fiscal_year, month, region_code, agency_code, line_id, func_code, econ_code, book, amount, payments, max_amount,
  last_pay_date, ${FIRST_DIGIT_COLUMNS.join(', ')})`;

/** The sums of a group of payments (alias p), in SUMMARY_COLUMNS order after the group's columns. */
const SUMS = `sum(p.amount), count(*)::int, max(p.amount), max(p.pay_date), ${firstDigitsOf('p', true)}`;

const AGENCY_MONTH_COLUMNS = `(fiscal_year, month, region_code, agency_code, book, amount, payments, last_pay_date,
  ${FIRST_DIGIT_COLUMNS.join(', ')})`;

/** payment_summary rows (a table or subquery with its columns) rolled up, in AGENCY_MONTH_COLUMNS order. */
const agencyMonthRollup = (source: string) =>
  `SELECT fiscal_year, month, region_code, agency_code, book, sum(amount), sum(payments)::int, max(last_pay_date),
          ${FIRST_DIGIT_COLUMNS.map((c) => `sum(${c})::int`).join(', ')}
   FROM ${source} rollup_source GROUP BY fiscal_year, month, region_code, agency_code, book`;

/**
 * A load that only added payments (the fast path): adds the batch's sums to the stored ones. The
 * batch's rows are found through the BRIN index on batch_id (they were appended together).
 */
export async function addBatchToPaymentSummary(client: pg.ClientBase, batchId: string): Promise<void> {
  // Into empty sums (a first load) the groups are inserted plainly: an upsert's conflict check costs
  // nearly as much again per group (157,000 groups: 3.5 s against 1.9 s), and the batch's groups are
  // distinct, so there is nothing to merge. Payments loads are serialised, so the sums stay empty meanwhile.
  const empty = !(await client.query('SELECT 1 FROM payment_summary LIMIT 1')).rowCount;
  const onConflict = (clause: string) => (empty ? '' : clause);
  // The batch's groups are summed once, then added to both tables.
  await client.query(
    `WITH batch ${SUMMARY_COLUMNS} AS MATERIALIZED (
       SELECT ${GROUP_COLUMNS}, ${SUMS} FROM payments p WHERE p.batch_id = $1::bigint
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
     ),
     rolled_up AS (
       INSERT INTO payment_agency_month ${AGENCY_MONTH_COLUMNS}
       ${agencyMonthRollup('batch')}
       ${onConflict(`ON CONFLICT (fiscal_year, region_code, agency_code, book, month)
       DO UPDATE SET amount = payment_agency_month.amount + EXCLUDED.amount, payments = payment_agency_month.payments + EXCLUDED.payments,
         last_pay_date = GREATEST(payment_agency_month.last_pay_date, EXCLUDED.last_pay_date),
         ${FIRST_DIGIT_COLUMNS.map((c) => `${c} = payment_agency_month.${c} + EXCLUDED.${c}`).join(', ')}`)}
     )
     INSERT INTO payment_summary ${SUMMARY_COLUMNS}
     SELECT * FROM batch
     ${onConflict(`ON CONFLICT (fiscal_year, region_code, agency_code, line_id, func_code, econ_code, book, month)
     DO UPDATE SET amount = payment_summary.amount + EXCLUDED.amount, payments = payment_summary.payments + EXCLUDED.payments,
       max_amount = GREATEST(payment_summary.max_amount, EXCLUDED.max_amount),
       last_pay_date = GREATEST(payment_summary.last_pay_date, EXCLUDED.last_pay_date),
       ${FIRST_DIGIT_COLUMNS.map((c) => `${c} = payment_summary.${c} + EXCLUDED.${c}`).join(', ')}`)}`,
    [batchId],
  );
}

/**
 * A load that inserted or changed payments through staging: the sums of every (year, region,
 * agency) that a new or changed payment belongs to, or belonged to before the change (its old
 * values are in change_log), are counted again from the payments.
 */
export async function refreshPaymentSummaryForBatch(client: pg.ClientBase, batchId: string): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE payment_summary_groups ON COMMIT DROP AS
     SELECT extract(year FROM pay_date)::int AS fiscal_year, region_code, agency_code FROM payments WHERE batch_id = $1::bigint
     UNION
     SELECT extract(year FROM (old_values->>'pay_date')::date)::int, old_values->>'region_code', old_values->>'agency_code'
     FROM change_log WHERE batch_id = $1::bigint AND feed = 'payments'`,
    [batchId],
  );
  await client.query(
    `DELETE FROM payment_summary s USING payment_summary_groups g
     WHERE s.fiscal_year = g.fiscal_year AND s.region_code = g.region_code AND s.agency_code = g.agency_code`,
  );
  await client.query(
    `INSERT INTO payment_summary ${SUMMARY_COLUMNS}
     SELECT ${GROUP_COLUMNS}, ${SUMS}
     FROM payment_summary_groups g
     JOIN payments p ON p.region_code = g.region_code AND p.agency_code = g.agency_code
      AND p.pay_date >= make_date(g.fiscal_year, 1, 1) AND p.pay_date < make_date(g.fiscal_year + 1, 1, 1)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  await client.query(
    `DELETE FROM payment_agency_month a USING payment_summary_groups g
     WHERE a.fiscal_year = g.fiscal_year AND a.region_code = g.region_code AND a.agency_code = g.agency_code`,
  );
  await client.query(
    `INSERT INTO payment_agency_month ${AGENCY_MONTH_COLUMNS}
     ${agencyMonthRollup(`(SELECT s.* FROM payment_summary s JOIN payment_summary_groups g
        ON s.fiscal_year = g.fiscal_year AND s.region_code = g.region_code AND s.agency_code = g.agency_code)`)}`,
  );
  await client.query('DROP TABLE payment_summary_groups');
}

/** Counts every sum again from the payments (after payments were changed outside the ingest pipeline). */
export async function rebuildPaymentSummary(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM payment_summary');
    await client.query('DELETE FROM payment_agency_month');
    await client.query(
      `INSERT INTO payment_summary ${SUMMARY_COLUMNS}
       SELECT ${GROUP_COLUMNS}, ${SUMS} FROM payments p GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    );
    await client.query(`INSERT INTO payment_agency_month ${AGENCY_MONTH_COLUMNS} ${agencyMonthRollup('payment_summary')}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Whether the sums hold the as-of month exactly through the as-of date: no payment of that month is
 * dated after it. Always so when the as-of date is the latest payment date (the default of every
 * run), so then nothing is read from payments. `asOf` is an SQL expression.
 */
const asOfMonthCompleteSql = (asOf: string) =>
  // max() over an index range: a backward probe of the last_pay_date index, whatever the statistics say.
  `COALESCE((SELECT max(c.last_pay_date) FROM payment_summary c
     WHERE c.last_pay_date < (date_trunc('month', ${asOf}::date) + interval '1 month')::date), ${asOf}::date) <= ${asOf}::date`;

/** The as-of month as a (year, month) row, for comparing with the sums' (fiscal_year, month). */
const asOfMonthSql = (asOf: string) => `(extract(year FROM ${asOf}::date)::int, extract(month FROM ${asOf}::date)::int)`;

/**
 * Payments from `from` (a 1 January, or the beginning of time) through `asOf`, read from
 * payment_summary: the whole months before the as-of month, and the as-of month too when no payment
 * of it is dated later (asOfMonthCompleteSql); otherwise that one month's payments are read one by
 * one. Rows: region_code, agency_code, line_id ('' for none), func_code, econ_code, book,
 * fiscal_year, month, amount, payments, max_amount, first_digit_1 … first_digit_9.
 * The arguments are SQL expressions (placeholders such as '$2'), never values: `from` and `asOf`
 * dates, `regions` a text[] or NULL for every region.
 */
export function paidToDateSql(args: { from: string; asOf: string; regions: string }): string {
  return toDateSql(
    args,
    'payment_summary',
    `s.region_code, s.agency_code, s.line_id, s.func_code, s.econ_code, s.book, s.fiscal_year, s.month::int AS month,
     s.amount, s.payments, s.max_amount, ${FIRST_DIGIT_COLUMNS.map((c) => `s.${c}`).join(', ')}`,
    `p.region_code, p.agency_code, COALESCE(p.line_id, ''), p.func_code, p.econ_code, p.book,
     extract(year FROM p.pay_date)::int, extract(month FROM p.pay_date)::int, p.amount, 1, p.amount, ${firstDigitsOf('p', false)}`,
  );
}

/**
 * As paidToDateSql, at agency grain (payment_agency_month): rows region_code, agency_code, book,
 * fiscal_year, month, amount, payments, first_digit_1 … first_digit_9.
 */
export function agencyPaidToDateSql(args: { from: string; asOf: string; regions: string }): string {
  return toDateSql(
    args,
    'payment_agency_month',
    `s.region_code, s.agency_code, s.book, s.fiscal_year, s.month::int AS month, s.amount, s.payments,
     ${FIRST_DIGIT_COLUMNS.map((c) => `s.${c}`).join(', ')}`,
    `p.region_code, p.agency_code, p.book, extract(year FROM p.pay_date)::int, extract(month FROM p.pay_date)::int,
     p.amount, 1, ${firstDigitsOf('p', false)}`,
  );
}

/** The sums of `table` (alias s) through the as-of month when complete, else the as-of month's payments (alias p). */
function toDateSql(args: { from: string; asOf: string; regions: string }, table: string, sums: string, payments: string): string {
  const { from, asOf, regions } = args;
  const asOfMonth = asOfMonthSql(asOf);
  const complete = asOfMonthCompleteSql(asOf);
  return `(SELECT ${sums}
      FROM ${table} s
      WHERE ((s.fiscal_year, s.month) < ${asOfMonth} OR ((s.fiscal_year, s.month) = ${asOfMonth} AND ${complete}))
        AND s.fiscal_year >= extract(year FROM ${from}::date)::int AND (${regions}::text[] IS NULL OR s.region_code = ANY(${regions}))
    UNION ALL
    SELECT ${payments}
      FROM payments p
      WHERE NOT ${complete}
        AND p.pay_date >= greatest(date_trunc('month', ${asOf}::date)::date, ${from}::date) AND p.pay_date <= ${asOf}::date
        AND (${regions}::text[] IS NULL OR p.region_code = ANY(${regions})))`;
}
