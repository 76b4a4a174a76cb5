import type pg from 'pg';
import { notFound } from '../trpc/app-error';
import { ALERT_COLUMNS, ALERT_FROM, alertWhere } from './alerts.queries';
import {
  alertFilterSchema,
  alertIdSchema,
  listAlertsInputSchema,
  type AlertDetail,
  type AlertFilter,
  type AlertPage,
  type AlertSummary,
  type ListAlertsInput,
} from './alerts.schemas';

/** Red before orange before yellow, newest first within a severity. */
const ORDER = `ORDER BY array_position(ARRAY['red','orange','yellow'], a.severity::text), a.detected_at DESC, a.id DESC`;

/** A page of alerts under a filter, most severe first, with the open counts per severity. */
export async function findAlerts(pool: pg.Pool, input: ListAlertsInput): Promise<AlertPage> {
  const { page, pageSize, ...filter } = listAlertsInputSchema.parse(input);
  const { where, params } = alertWhere(filter);
  const n = params.length;
  const [items, counts] = await Promise.all([
    pool.query<AlertSummary>(
      `SELECT ${ALERT_COLUMNS} ${ALERT_FROM} ${where} ${ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    ),
    pool.query<{ severity: 'yellow' | 'orange' | 'red'; n: number }>(
      `SELECT a.severity::text AS severity, count(*)::int AS n FROM alerts a ${where} GROUP BY a.severity`,
      params,
    ),
  ]);
  const bySeverity = { yellow: 0, orange: 0, red: 0 };
  for (const row of counts.rows) bySeverity[row.severity] = row.n;
  return {
    total: bySeverity.yellow + bySeverity.orange + bySeverity.red,
    page,
    pageSize,
    items: items.rows,
    bySeverity,
  };
}

/** One alert with its evidence, parameters and history; NOT_FOUND when there is none. */
export async function getAlert(pool: pg.Pool, id: string): Promise<AlertDetail> {
  const alertId = alertIdSchema.parse(id);
  const result = await pool.query<Omit<AlertDetail, 'events'>>(
    `SELECT ${ALERT_COLUMNS}, a.rule_version AS "ruleVersion", a.params, a.evidence ${ALERT_FROM} WHERE a.id = $1`,
    [alertId],
  );
  const alert = result.rows[0];
  if (!alert) throw notFound('预警', 'alert');
  const events = await pool.query<AlertDetail['events'][number]>(
    `SELECT e.kind, u.display_name AS actor, e.from_status::text AS "fromStatus", e.to_status::text AS "toStatus", e.comment, e.details,
            to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
     FROM alert_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.alert_id = $1 ORDER BY e.created_at, e.id`,
    [alertId],
  );
  return { ...alert, events: events.rows };
}

export interface ExportedAlert extends AlertSummary {
  evidence: Record<string, unknown>;
}

/** Every alert under a filter, in pages of `batch` (keyset on id), for exports of any size. */
export async function* iterateAlerts(
  pool: pg.Pool,
  filterInput: Partial<AlertFilter>,
  batch = 2_000,
): AsyncGenerator<ExportedAlert[]> {
  const filter = alertFilterSchema.parse(filterInput);
  const { where, params } = alertWhere(filter);
  const n = params.length;
  let after = '0';
  for (;;) {
    const page = await pool.query<ExportedAlert>(
      `SELECT ${ALERT_COLUMNS}, a.evidence ${ALERT_FROM} ${where ? `${where} AND` : 'WHERE'} a.id > $${n + 1}::bigint
       ORDER BY a.id LIMIT $${n + 2}`,
      [...params, after, batch],
    );
    if (page.rows.length === 0) return;
    yield page.rows;
    after = page.rows.at(-1)!.id;
  }
}
