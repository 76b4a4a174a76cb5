import type pg from 'pg';
import type { Logger } from '../logger';
import type { DateWindow } from './rule-descriptor';
import { runDetection, type DetectionSummary } from './run-detection';

/** A monthly feed's rows as dates: the first of their month. */
const monthly = (table: string) => ({
  table,
  current: 'make_date(fiscal_year, month, 1)',
  old: `make_date((old_values->>'fiscal_year')::int, (old_values->>'month')::int, 1)`,
});
/**
 * The dates a batch touched, per feed: its rows as stored now and, for rows it replaced, their old
 * values (change_log), so an alert on a row that moved is reconsidered too. Feeds without dates
 * (regions, agencies, bonds …) give null: their rules run in full, and they are small.
 */
const TOUCHED_DATES: Partial<Record<string, { table: string; current: string; old: string }>> = {
  payments: { table: 'payments', current: 'pay_date', old: `(old_values->>'pay_date')::date` },
  budget_lines: {
    table: 'budget_lines',
    current: 'make_date(fiscal_year, 1, 1)',
    old: `make_date((old_values->>'fiscal_year')::int, 1, 1)`,
  },
  revenue: monthly('revenue'),
  social_funds: monthly('social_funds'),
};

export async function touchedWindow(
  pool: pg.Pool | pg.PoolClient,
  feed: string,
  batchId: string,
): Promise<DateWindow | null> {
  const dates = TOUCHED_DATES[feed];
  if (!dates) return null;
  // Table and column expressions come from the constant above, never from input.
  const result = await pool.query<{ from: string | null; to: string | null }>(
    `SELECT min(d)::text AS from, max(d)::text AS to FROM (
       SELECT ${dates.current} AS d FROM ${dates.table} WHERE batch_id = $1
       UNION ALL SELECT ${dates.old} FROM change_log WHERE batch_id = $1 AND feed = $2) touched`,
    [batchId, feed],
  );
  const row = result.rows[0];
  if (!row?.from || !row.to) return null;
  // A year-level feed touches whole years: widen budget lines to the year's end.
  return { from: row.from, to: feed === 'budget_lines' ? `${row.to.slice(0, 4)}-12-31` : row.to };
}

/**
 * Re-runs the rules that read a feed after a batch of it changed something, over the periods the
 * batch touched only. A failure here is logged and never undoes the load: the data is stored, and
 * the next run (on demand or after the next batch) catches up.
 */
export async function detectAfterIngest(
  pool: pg.Pool,
  batch: {
    feed: string;
    batchId: string;
    status: string;
    rowsInserted: number;
    rowsUpdated: number;
    rowsQuarantined: number;
  },
  logger?: Logger,
): Promise<DetectionSummary | null> {
  if (batch.status !== 'succeeded' || batch.rowsInserted + batch.rowsUpdated + batch.rowsQuarantined === 0) return null;
  try {
    const window = await touchedWindow(pool, batch.feed, batch.batchId);
    const summary = await runDetection(pool, { feeds: [batch.feed], window: window ?? undefined });
    logger?.info(
      { batchId: batch.batchId, feed: batch.feed, window, rules: summary.rules.length },
      'detection after ingest',
    );
    return summary;
  } catch (error) {
    logger?.error({ err: error, batchId: batch.batchId, feed: batch.feed }, 'detection after ingest failed');
    return null;
  }
}
