import type pg from 'pg';

/**
 * payment_summary: payments summed per fiscal year, month, region, agency, budget line ('' for
 * none), function and economic code and book. The execution monitor reads it instead of a year of
 * payments; the ingest pipeline keeps it in step inside the load's transaction, so a reader never
 * sees payments without their sums or the other way round.
 */

const GROUP_COLUMNS = `extract(year FROM p.pay_date)::int, extract(month FROM p.pay_date)::smallint, p.region_code,
  p.agency_code, COALESCE(p.line_id, ''), p.func_code, p.econ_code, p.book`;

const SUMMARY_COLUMNS = `(fiscal_year, month, region_code, agency_code, line_id, func_code, econ_code, book, amount, payments)`;

/**
 * A load that only added payments (the fast path): adds the batch's sums to the stored ones. The
 * batch's rows are found through the BRIN index on batch_id (they were appended together).
 */
export async function addBatchToPaymentSummary(client: pg.ClientBase, batchId: string): Promise<void> {
  await client.query(
    `INSERT INTO payment_summary ${SUMMARY_COLUMNS}
     SELECT ${GROUP_COLUMNS}, sum(p.amount), count(*)::int FROM payments p WHERE p.batch_id = $1::bigint
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
     ON CONFLICT (fiscal_year, region_code, agency_code, line_id, func_code, econ_code, book, month)
     DO UPDATE SET amount = payment_summary.amount + EXCLUDED.amount, payments = payment_summary.payments + EXCLUDED.payments`,
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
     SELECT ${GROUP_COLUMNS}, sum(p.amount), count(*)::int
     FROM payment_summary_groups g
     JOIN payments p ON p.region_code = g.region_code AND p.agency_code = g.agency_code
      AND p.pay_date >= make_date(g.fiscal_year, 1, 1) AND p.pay_date < make_date(g.fiscal_year + 1, 1, 1)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  await client.query('DROP TABLE payment_summary_groups');
}

/** Counts every sum again from the payments (after payments were changed outside the ingest pipeline). */
export async function rebuildPaymentSummary(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM payment_summary');
    await client.query(
      `INSERT INTO payment_summary ${SUMMARY_COLUMNS}
       SELECT ${GROUP_COLUMNS}, sum(p.amount), count(*)::int FROM payments p GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
