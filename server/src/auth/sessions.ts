import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { NewSession } from './auth.types';
import type { Role, SessionUser } from './roles';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 4 * 3_600_000;
/** …and in any case this long after sign-in. */
export const SESSION_MAX_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** The cookie holds a random token; the database holds only its SHA-256, so a leaked table opens no session. */
export const sessionId = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The CSRF token of a session: derived from the secret token, so it needs no storage and dies with it. */
export const csrfTokenOf = (token: string): string => createHash('sha256').update(`csrf:${token}`).digest('base64url');


export async function createSession(
  pool: pg.Pool | pg.PoolClient,
  userId: number,
  client: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await pool.query(`INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at, ip, user_agent) VALUES ($1, $2, $3, $4, $3, $5, $6)`, [
    sessionId(token),
    userId,
    now,
    expiresAt,
    client.ip,
    client.userAgent?.slice(0, 500) ?? null,
  ]);
  return { token, expiresAt };
}

interface SessionRow {
  user_id: number;
  username: string;
  display_name: string;
  role: Role;
  region_code: string;
  must_change_password: boolean;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
}

/**
 * The user of a live session (unexpired, of an active user), sliding its expiry forward; null for a
 * token that names no live session. An expired session is deleted when it is seen.
 */
export async function findSessionUser(pool: pg.Pool, token: string, now = new Date()): Promise<SessionUser | null> {
  const id = sessionId(token);
  const found = await pool.query<SessionRow>(
    `SELECT s.user_id, u.username, u.display_name, u.role::text AS role, u.region_code, u.must_change_password,
            s.created_at, s.expires_at, s.last_seen_at
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1 AND u.active`,
    [id],
  );
  const row = found.rows[0];
  if (!row) return null;
  if (row.expires_at.getTime() <= now.getTime()) {
    await pool.query(`DELETE FROM sessions WHERE id = $1`, [id]);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, row.created_at.getTime() + SESSION_MAX_MS));
    await pool.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1`, [id, now, expiresAt]);
  }
  return {
    id: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionCode: row.region_code,
    mustChangePassword: row.must_change_password,
  };
}

export async function deleteSession(pool: pg.Pool | pg.PoolClient, token: string): Promise<void> {
  await pool.query(`DELETE FROM sessions WHERE id = $1`, [sessionId(token)]);
}

/** Sessions past their expiry, removed now and then (a lookup removes the one it meets). */
export async function deleteExpiredSessions(pool: pg.Pool, now = new Date()): Promise<number> {
  return (await pool.query(`DELETE FROM sessions WHERE expires_at <= $1`, [now])).rowCount ?? 0;
}
