import type pg from 'pg';
import type { Logger } from '../logger';
import { recordAudit } from './audit';
import { LoginLimiter } from './login-limiter';
import { decoy, hashPassword, passwordProblem, verifyPassword } from './passwords';
import type { AuthServices } from './auth.types';
import { createSession, deleteExpiredSessions, deleteSession, findSessionUser } from './sessions';

export function createAuthServices(pool: pg.Pool, options: { logger?: Logger; limiter?: LoginLimiter } = {}): AuthServices {
  const limiter = options.limiter ?? new LoginLimiter();
  let lastSweep = 0;

  return {
    async login(username, password, client) {
      const address = client.ip ?? 'unknown';
      const retryAfterSeconds = limiter.retryAfterSeconds(username, address);
      if (retryAfterSeconds > 0) {
        await recordAudit(pool, { actor: null, action: 'auth.login_refused', target: username.slice(0, 64), details: { retryAfterSeconds }, ip: client.ip });
        return { ok: false, reason: 'limited', retryAfterSeconds };
      }
      const found = await pool.query<{ id: number; password_hash: string; active: boolean }>(
        `SELECT id, password_hash, active FROM users WHERE username = $1`,
        [username],
      );
      const row = found.rows[0];
      // An unknown user costs the same hash as a known one.
      const matches = await verifyPassword(row?.password_hash ?? (await decoy()), password);
      if (!row || !row.active || !matches) {
        limiter.recordFailure(username, address);
        await recordAudit(pool, {
          actor: row ? { id: row.id, username } : null,
          action: 'auth.login_failed',
          target: username.slice(0, 64),
          details: { reason: !row ? 'unknown user' : !row.active ? 'inactive' : 'wrong password' },
          ip: client.ip,
        });
        return { ok: false, reason: 'invalid' };
      }
      limiter.recordSuccess(username);
      const session = await createSession(pool, row.id, client);
      const user = (await findSessionUser(pool, session.token))!;
      await recordAudit(pool, { actor: user, action: 'auth.login', target: user.username, ip: client.ip });
      if (Date.now() - lastSweep > 3_600_000) {
        lastSweep = Date.now();
        await deleteExpiredSessions(pool).catch((error: unknown) => options.logger?.warn({ err: error }, 'expired session sweep failed'));
      }
      return { ok: true, user, session };
    },

    sessionUser: (token) => findSessionUser(pool, token),

    async logout(token, user, client) {
      await deleteSession(pool, token);
      if (user) await recordAudit(pool, { actor: user, action: 'auth.logout', target: user.username, ip: client.ip });
    },

    async changePassword(user, current, next, client) {
      const found = await pool.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
      if (!found.rows[0] || !(await verifyPassword(found.rows[0].password_hash, current))) {
        await recordAudit(pool, { actor: user, action: 'auth.password_change_failed', target: user.username, ip: client.ip });
        return { ok: false, reason: { zh: '当前密码不正确', en: 'the current password is wrong' } };
      }
      const problem = passwordProblem(next, { username: user.username, current });
      if (problem) return { ok: false, reason: problem };
      const hashed = await hashPassword(next);
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        await db.query(`UPDATE users SET password_hash = $2, must_change_password = FALSE WHERE id = $1`, [user.id, hashed]);
        // Every session of the user ends, this one included; a fresh one replaces it.
        await db.query(`DELETE FROM sessions WHERE user_id = $1`, [user.id]);
        const session = await createSession(db, user.id, client);
        await recordAudit(db, { actor: user, action: 'auth.password_change', target: user.username, ip: client.ip });
        await db.query('COMMIT');
        return { ok: true, user: { ...user, mustChangePassword: false }, session };
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        db.release();
      }
    },
  };
}
