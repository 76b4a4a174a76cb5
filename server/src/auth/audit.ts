import type pg from 'pg';
import type { AuditEntry } from './auth.types';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Appends one line to the audit log (append-only: the application never updates or deletes it). */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(`INSERT INTO audit_log (user_id, username, action, target, details, ip) VALUES ($1, $2, $3, $4, $5, $6)`, [
    entry.actor?.id ?? null,
    entry.actor?.username ?? null,
    entry.action,
    entry.target ?? null,
    JSON.stringify(entry.details ?? {}),
    entry.ip ?? null,
  ]);
}
