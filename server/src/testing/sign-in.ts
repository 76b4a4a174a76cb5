import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/auth.routes';
import { NATIONAL_REGION, type Role, type SessionUser } from '../auth/roles';
import { createUser } from '../auth/users.service';

/** Any Fastify server, whatever its logger type. */
interface Injectable {
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export const TEST_PASSWORD = 'test-Passw0rd-42';

/** A user of the role (national unless a region is given) with TEST_PASSWORD, already changed. */
export async function addTestUser(
  pool: pg.Pool,
  role: Role,
  options: { username?: string; regionCode?: string } = {},
): Promise<SessionUser> {
  const created = await createUser(pool, {
    username: options.username ?? `${role}-${Math.random().toString(36).slice(2, 8)}`,
    displayName: `测试${role}`,
    role,
    regionCode: options.regionCode ?? NATIONAL_REGION,
    password: TEST_PASSWORD,
  });
  return created.user;
}

/** Signs in through POST /api/auth/login; returns the headers a browser would then send (cookie and CSRF token). */
export async function signIn(app: Injectable, username: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, [CSRF_HEADER]: response.json<{ csrfToken: string }>().csrfToken };
}

/** A user of the role, signed in: the headers of their requests. */
export async function signedInAs(
  app: Injectable,
  pool: pg.Pool,
  role: Role,
  options: { username?: string; regionCode?: string } = {},
): Promise<Record<string, string>> {
  const user = await addTestUser(pool, role, options);
  return signIn(app, user.username);
}
