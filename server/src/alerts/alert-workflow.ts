import type pg from 'pg';
import { recordAudit } from '../auth/audit';
import type { Actor } from '../auth/roles';
import { inTransaction } from '../db/transaction';
import { AppError } from '../trpc/app-error';
import type { AlertStatus, AlertTransitionInput, WorkflowAction } from './alerts.schemas';

/**
 * The review workflow of an alert (issue 5): 新发现 → 核实中 → 已交办 (to a unit, with a deadline)
 * → 已反馈 (the unit's reply) → 已办结, or 误报 (with the reason); a closed or false-positive alert
 * can be reopened for verification. Which action leads from which status to which:
 */
export const WORKFLOW: Readonly<Record<WorkflowAction, { from: readonly AlertStatus[]; to: AlertStatus }>> = {
  verify: { from: ['new'], to: 'verifying' },
  assign: { from: ['new', 'verifying'], to: 'assigned' },
  reply: { from: ['assigned'], to: 'replied' },
  close: { from: ['verifying', 'replied'], to: 'closed' },
  falsePositive: { from: ['new', 'verifying'], to: 'false_positive' },
  reopen: { from: ['closed', 'false_positive'], to: 'verifying' },
};

const STATUS_NAMES: Readonly<Record<AlertStatus, string>> = {
  new: '新发现',
  verifying: '核实中',
  assigned: '已交办',
  replied: '已反馈',
  closed: '已办结',
  false_positive: '误报',
};

/** Today in Beijing, for deadlines. */
const beijingToday = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Applies one action to one or more alerts, all or none: each must exist, lie in the user's
 * regions (checked by the caller's `visible`), and stand in a status the action leads from. Each
 * change leaves an alert_events row (who, when, comment, unit and deadline) and an audit line.
 * Returns the ids changed.
 */
export async function transitionAlerts(
  pool: pg.Pool,
  input: AlertTransitionInput,
  actor: Actor,
  visible: (regionCode: string) => Promise<boolean>,
  now = new Date(),
): Promise<string[]> {
  const step = WORKFLOW[input.action];
  if (input.action === 'assign' && input.deadline! < beijingToday(now)) {
    throw new AppError('BAD_REQUEST', '办理期限不能早于今天', 'the deadline cannot be before today');
  }
  const ids = [...new Set(input.ids)];
  return inTransaction(pool, async (client) => {
    // Locked in id order, so that two bulk actions on overlapping alerts cannot deadlock.
    const current = await client.query<{ id: string; status: AlertStatus; region_code: string }>(
      `SELECT id::text, status::text AS status, region_code FROM alerts WHERE id = ANY($1::bigint[]) ORDER BY alerts.id FOR UPDATE`,
      [ids],
    );
    const found = new Map(current.rows.map((r) => [r.id, r]));
    for (const id of ids) {
      const row = found.get(id);
      // Another region's alert answers like a missing one.
      if (!row || !(await visible(row.region_code))) throw new AppError('NOT_FOUND', `未找到预警${id}`, `alert ${id} not found`);
      if (!step.from.includes(row.status)) {
        throw new AppError(
          'CONFLICT',
          `预警${id}当前为“${STATUS_NAMES[row.status]}”，不能${ACTION_NAMES[input.action].zh}`,
          `alert ${id} is ${row.status}: it cannot be ${ACTION_NAMES[input.action].en}`,
        );
      }
    }
    const details = input.action === 'assign' ? { assigneeUnit: input.assigneeUnit, deadline: input.deadline } : {};
    await client.query(
      `UPDATE alerts SET status = $2::"AlertStatus", updated_at = now(),
         assignee_unit = CASE WHEN $3::text IS NOT NULL THEN $3 ELSE assignee_unit END,
         deadline = CASE WHEN $4::date IS NOT NULL THEN $4::date ELSE deadline END
       WHERE id = ANY($1::bigint[])`,
      [ids, step.to, input.assigneeUnit ?? null, input.deadline ?? null],
    );
    await client.query(
      `INSERT INTO alert_events (alert_id, kind, from_status, to_status, actor_id, comment, details)
       SELECT a.id, 'status', a.status::"AlertStatus", $2::"AlertStatus", $3, $4, $5
       FROM unnest($1::bigint[], $6::text[]) AS a(id, status)`,
      [ids, step.to, actor.id, input.comment ?? '', JSON.stringify(details), ids.map((id) => found.get(id)!.status)],
    );
    await recordAudit(client, {
      actor,
      action: 'alert.status',
      target: ids.length === 1 ? ids[0]! : `${ids.length} alerts`,
      details: { ids, action: input.action, to: step.to, from: ids.map((id) => found.get(id)!.status), ...details },
    });
    return ids;
  });
}

const ACTION_NAMES: Readonly<Record<WorkflowAction, { zh: string; en: string }>> = {
  verify: { zh: '开始核实', en: 'taken into verification' },
  assign: { zh: '交办', en: 'assigned' },
  reply: { zh: '登记反馈', en: 'given a reply' },
  close: { zh: '办结', en: 'closed' },
  falsePositive: { zh: '认定为误报', en: 'marked a false positive' },
  reopen: { zh: '重新核实', en: 'reopened' },
};
