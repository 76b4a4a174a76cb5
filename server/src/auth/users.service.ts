import type pg from 'pg';
import { AppError } from '../trpc/app-error';
import { recordAudit } from './audit';
import { generatePassword, hashPassword, passwordProblem } from './passwords';
import { NATIONAL_REGION, ROLES, type Actor, type Role, type SessionUser } from './roles';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/;

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  /** Omitted: a one-time password is generated and must be changed at first sign-in. */
  password?: string;
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  region_code: string;
  must_change_password: boolean;
  active: boolean;
}

const toUser = (row: UserRow): SessionUser & { active: boolean } => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  regionCode: row.region_code,
  mustChangePassword: row.must_change_password,
  active: row.active,
});

const USER_COLUMNS = `id, username, display_name, role::text AS role, region_code, must_change_password, active`;

async function checkRegion(pool: pg.Pool, regionCode: string): Promise<void> {
  if (regionCode === NATIONAL_REGION) return;
  const found = await pool.query(`SELECT 1 FROM regions WHERE region_code = $1`, [regionCode]);
  if (found.rowCount === 0) {
    throw new AppError('BAD_REQUEST', `行政区划${regionCode}不存在`, `region ${regionCode} is not loaded`);
  }
}

/** Adds a user; returns it with the one-time password when none was given. */
export async function createUser(
  pool: pg.Pool,
  input: NewUser,
  actor: Actor | null = null,
): Promise<{ user: SessionUser; oneTimePassword: string | null }> {
  if (!USERNAME.test(input.username)) {
    throw new AppError('BAD_REQUEST', '用户名须为3至64个字母、数字或 _ . -，以字母或数字开头', 'a username is 3 to 64 letters, digits, _ . or -, starting with a letter or digit');
  }
  if (!(ROLES as readonly string[]).includes(input.role)) throw new AppError('BAD_REQUEST', `未知角色${input.role}`, `unknown role ${input.role}`);
  const displayName = input.displayName.trim();
  if (displayName === '' || displayName.length > 100 || /[<>\p{Cc}]/u.test(displayName)) {
    throw new AppError('BAD_REQUEST', '姓名须为1至100个字符，不含尖括号或控制字符', 'the display name must be 1 to 100 characters, without angle brackets or control characters');
  }
  await checkRegion(pool, input.regionCode);
  const oneTimePassword = input.password === undefined ? generatePassword() : null;
  const password = input.password ?? oneTimePassword!;
  const problem = passwordProblem(password, { username: input.username });
  if (problem) throw new AppError('BAD_REQUEST', problem.zh, problem.en);
  const inserted = await pool.query<UserRow>(
    `INSERT INTO users (username, display_name, password_hash, role, region_code, must_change_password)
     VALUES ($1, $2, $3, $4::"Role", $5, $6) ON CONFLICT (username) DO NOTHING RETURNING ${USER_COLUMNS}`,
    [input.username, displayName, await hashPassword(password), input.role, input.regionCode, oneTimePassword !== null],
  );
  const row = inserted.rows[0];
  if (!row) throw new AppError('CONFLICT', `用户名${input.username}已存在`, `the username ${input.username} is taken`);
  await recordAudit(pool, { actor, action: 'user.create', target: row.username, details: { role: row.role, regionCode: row.region_code } });
  return { user: toUser(row), oneTimePassword };
}

/** A new one-time password for a user, whose sessions end; they must change it at next sign-in. */
export async function resetPassword(pool: pg.Pool, username: string, actor: Actor | null = null): Promise<string> {
  const password = generatePassword();
  const updated = await pool.query<{ id: number }>(
    `UPDATE users SET password_hash = $2, must_change_password = TRUE WHERE username = $1 RETURNING id`,
    [username, await hashPassword(password)],
  );
  const id = updated.rows[0]?.id;
  if (id === undefined) throw new AppError('NOT_FOUND', `未找到用户${username}`, `user ${username} not found`);
  await pool.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
  await recordAudit(pool, { actor, action: 'user.password_reset', target: username });
  return password;
}

export async function listUsers(pool: pg.Pool): Promise<(SessionUser & { active: boolean })[]> {
  const rows = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
  return rows.rows.map(toUser);
}

export const INITIAL_ADMIN = 'admin';

/**
 * On a database without users: the first administrator, bound to no region, with a one-time password
 * that the caller prints once (there is no default password anywhere). Null when users exist.
 */
export async function ensureInitialAdmin(pool: pg.Pool): Promise<{ username: string; password: string } | null> {
  const any = await pool.query(`SELECT 1 FROM users LIMIT 1`);
  if ((any.rowCount ?? 0) > 0) return null;
  const created = await createUser(pool, { username: INITIAL_ADMIN, displayName: '系统管理员', role: 'admin', regionCode: NATIONAL_REGION }).catch(
    (error: unknown) => {
      // Another process created it between the two statements.
      if (error instanceof AppError && error.code === 'CONFLICT') return null;
      throw error;
    },
  );
  return created ? { username: created.user.username, password: created.oneTimePassword! } : null;
}

/** Deactivates (ending every session) or reactivates a user; an administrator cannot deactivate themselves. */
export async function setUserActive(pool: pg.Pool, username: string, active: boolean, actor: Actor | null = null): Promise<SessionUser & { active: boolean }> {
  if (!active && actor?.username === username) {
    throw new AppError('BAD_REQUEST', '不能停用自己的账号', 'you cannot deactivate your own account');
  }
  const updated = await pool.query<UserRow>(`UPDATE users SET active = $2 WHERE username = $1 RETURNING ${USER_COLUMNS}`, [username, active]);
  const row = updated.rows[0];
  if (!row) throw new AppError('NOT_FOUND', `未找到用户${username}`, `user ${username} not found`);
  if (!active) await pool.query(`DELETE FROM sessions WHERE user_id = $1`, [row.id]);
  await recordAudit(pool, { actor, action: active ? 'user.activate' : 'user.deactivate', target: username });
  return toUser(row);
}
