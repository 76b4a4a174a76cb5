import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RULES } from '../detect/rule-registry';
import { registerRules } from '../detect/run-detection';
import { addTestUser, signedInAs, signIn, TEST_PASSWORD } from '../testing/sign-in';
import type { TestDatabase } from '../testing/test-database';
import { startTestServer, type HttpServer, type TestServer } from '../testing/test-server';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.routes';
import { ensureInitialAdmin, createUser } from './users.service';

let server: TestServer;
let database: TestDatabase;
let app: HttpServer;

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
const me = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/api/auth/me', headers });
const auditActions = async (username: string) =>
  (await database.pool.query<{ action: string }>(`SELECT action FROM audit_log WHERE target = $1 ORDER BY id`, [username])).rows.map((r) => r.action);
/** A tRPC query (GET) and mutation (POST) with the given headers. */
const query = (procedure: string, input: unknown, headers: Record<string, string>) =>
  app.inject({ method: 'GET', url: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, headers });
const mutate = (procedure: string, input: unknown, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: `/trpc/${procedure}`, payload: JSON.stringify(input), headers: { ...headers, 'content-type': 'application/json' } });

before(async () => {
  server = await startTestServer();
  ({ database, app } = server);
});
after(() => server.close());

describe('sign-in', () => {
  it('creates the first administrator once, with a one-time password that must be changed', async () => {
    const first = await ensureInitialAdmin(database.pool);
    assert.ok(first);
    assert.equal(first.username, 'admin');
    assert.match(first.password, /^[a-zA-Z0-9]{16}$/);
    assert.equal(await ensureInitialAdmin(database.pool), null);
    const stored = await database.pool.query<{ password_hash: string; must_change_password: boolean }>(`SELECT password_hash, must_change_password FROM users WHERE username = 'admin'`);
    assert.match(stored.rows[0]!.password_hash, /^\$argon2id\$/);
    assert.ok(!stored.rows[0]!.password_hash.includes(first.password));
    assert.equal(stored.rows[0]!.must_change_password, true);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const user = await addTestUser(database.pool, 'staff', { username: 'wang.staff', regionCode: '390100' });
    const response = await login('wang.staff', TEST_PASSWORD);
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined, 'not Secure over plain HTTP');
    const body = response.json<{ user: { username: string; role: string; regionCode: string }; csrfToken: string }>();
    assert.deepEqual([body.user.username, body.user.role, body.user.regionCode], ['wang.staff', 'staff', '390100']);
    assert.ok(body.csrfToken.length >= 40);
    // The database holds a hash of the token, never the token.
    const sessions = await database.pool.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id]);
    assert.equal(sessions.rows.length, 1);
    assert.notEqual(sessions.rows[0].id, cookie.value);
    assert.deepEqual(await auditActions('wang.staff'), ['user.create', 'auth.login']);
  });

  it('answers a wrong password and an unknown user alike, with a bilingual 401, and logs both', async () => {
    await addTestUser(database.pool, 'auditor', { username: 'li.audit' });
    for (const [username, password] of [['li.audit', 'wrong-Passw0rd'], ['nobody', TEST_PASSWORD]] as const) {
      const response = await login(username, password);
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), { messageZh: '用户名或密码错误', messageEn: 'Wrong username or password' });
      assert.equal(response.cookies.length, 0);
    }
    assert.deepEqual(await auditActions('li.audit'), ['user.create', 'auth.login_failed']);
    assert.deepEqual(await auditActions('nobody'), ['auth.login_failed']);
  });

  it('refuses an account after 5 failures in 15 minutes, even with the right password (429 with Retry-After)', async () => {
    await addTestUser(database.pool, 'staff', { username: 'zhao.limited' });
    for (let attempt = 1; attempt <= 4; attempt++) assert.equal((await login('zhao.limited', `bad-Passw0rd-${attempt}`)).statusCode, 401);
    // Just under the limit, the right password still works (and clears the count).
    assert.equal((await login('zhao.limited', TEST_PASSWORD)).statusCode, 200);
    for (let attempt = 1; attempt <= 5; attempt++) assert.equal((await login('zhao.limited', `bad-Passw0rd-${attempt}`)).statusCode, 401);
    const refused = await login('zhao.limited', TEST_PASSWORD);
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.match(refused.json<{ messageZh: string }>().messageZh, /登录失败次数过多/);
    assert.ok((await auditActions('zhao.limited')).includes('auth.login_refused'));
  });

  it('refuses a malformed body with 400 and hostile input without error', async () => {
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } })).statusCode, 400);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y', extra: 1 } })).statusCode, 400);
    assert.equal((await login("admin' OR '1'='1", "' OR 1=1 --")).statusCode, 401);
    assert.equal((await login('a'.repeat(65), 'x')).statusCode, 400);
    assert.equal((await login('admin\u0000', 'x')).statusCode, 400, 'a NUL byte is refused, not a server error');
  });
});

describe('sessions', () => {
  it('knows the user from the cookie, forgets them at sign-out', async () => {
    await addTestUser(database.pool, 'deputy', { username: 'chen.deputy', regionCode: '390102' });
    const headers = await signIn(app, 'chen.deputy');
    assert.equal((await me()).statusCode, 401);
    const known = await me(headers);
    assert.equal(known.statusCode, 200);
    assert.equal(known.json<{ user: { username: string } }>().user.username, 'chen.deputy');
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode, 204);
    assert.equal((await me(headers)).statusCode, 401);
    assert.ok((await auditActions('chen.deputy')).includes('auth.logout'));
  });

  it('ends an expired session and removes it', async () => {
    const user = await addTestUser(database.pool, 'staff', { username: 'expired.staff' });
    const headers = await signIn(app, 'expired.staff');
    await database.pool.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const response = await me(headers);
    assert.equal(response.statusCode, 401);
    assert.equal((await query('overview.get', { regionCode: '390100', fiscalYear: 2026 }, headers)).statusCode, 401);
    assert.equal((await database.pool.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [user.id])).rowCount, 0);
  });

  it('ignores a forged or overlong cookie', async () => {
    assert.equal((await me({ cookie: `${SESSION_COOKIE}=forged-token` })).statusCode, 401);
    assert.equal((await me({ cookie: `${SESSION_COOKIE}=${'x'.repeat(500)}` })).statusCode, 401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request of a session without its token, with a wrong one, or from another origin', async () => {
    await addTestUser(database.pool, 'admin', { username: 'csrf.admin' });
    const headers = await signIn(app, 'csrf.admin');
    const { [CSRF_HEADER]: token, ...cookieOnly } = headers;
    assert.equal((await mutate('ingest.presets.delete', { name: 'none' }, cookieOnly)).statusCode, 403);
    assert.equal((await mutate('ingest.presets.delete', { name: 'none' }, { ...cookieOnly, [CSRF_HEADER]: `${token}x` })).statusCode, 403);
    assert.equal((await mutate('ingest.presets.delete', { name: 'none' }, { ...headers, origin: 'https://evil.example' })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: cookieOnly })).statusCode, 403);
    const accepted = await mutate('ingest.presets.delete', { name: 'none' }, headers);
    assert.equal(accepted.statusCode, 200, accepted.body);
  });
});

describe('one-time passwords', () => {
  it('lets a new user in only to change the password, by the rules, then ends the old session', async () => {
    const created = await createUser(database.pool, { username: 'new.staff', displayName: '新同事', role: 'staff', regionCode: '390100' });
    const password = created.oneTimePassword!;
    const headers = await signIn(app, 'new.staff', password);
    const blocked = await query('overview.get', { regionCode: '390100', fiscalYear: 2026 }, headers);
    assert.equal(blocked.statusCode, 403);
    assert.match(blocked.body, /Change your one-time password first/);

    const change = (currentPassword: string, newPassword: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword, newPassword }, headers });
    assert.match((await change('wrong-Passw0rd', 'Good-passw0rd-1')).json<{ messageEn: string }>().messageEn, /current password is wrong/);
    assert.match((await change(password, 'short1A')).json<{ messageEn: string }>().messageEn, /10 to 128 characters/);
    assert.match((await change(password, 'onlyletterspassword')).json<{ messageEn: string }>().messageEn, /letters and digits/);
    assert.match((await change(password, 'x-new.staff-9')).json<{ messageEn: string }>().messageEn, /must not contain the username/);
    const changed = await change(password, 'Good-passw0rd-1');
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, false);
    // The old session is gone; the new cookie works.
    assert.equal((await me(headers)).statusCode, 401);
    const fresh = await signIn(app, 'new.staff', 'Good-passw0rd-1');
    assert.equal((await query('overview.get', { regionCode: '390100', fiscalYear: 2026 }, fresh)).statusCode, 200);
  });
});

describe('region scope', () => {
  it("keeps a county user to the county: the city's figures are refused, the tree starts at the county", async () => {
    await addTestUser(database.pool, 'staff', { username: 'qingxi.staff', regionCode: '390121' });
    const headers = await signIn(app, 'qingxi.staff');
    const city = await query('overview.get', { regionCode: '390100', fiscalYear: 2026 }, headers);
    assert.equal(city.statusCode, 403);
    assert.match(city.body, /无权查看地区390100的数据/);
    assert.equal((await query('overview.get', { regionCode: '390102', fiscalYear: 2026 }, headers)).statusCode, 403);
    assert.equal((await query('overview.get', { regionCode: '390121', fiscalYear: 2026 }, headers)).statusCode, 200);
    const tree = await app.inject({ method: 'GET', url: '/trpc/reference.summary', headers });
    const summary = tree.json<{ result: { data: { regions: { code: string; children: unknown[] }[]; defaultRegionCode: string } } }>().result.data;
    assert.deepEqual(summary.regions.map((r) => r.code), ['390121']);
    assert.equal(summary.defaultRegionCode, '390121');
  });

  it('lets a city user see the city and its districts, not the province', async () => {
    await addTestUser(database.pool, 'auditor', { username: 'city.auditor', regionCode: '390100' });
    const headers = await signIn(app, 'city.auditor');
    for (const [region, status] of [['390100', 200], ['390102', 200], ['390121', 200], ['390000', 403]] as const) {
      assert.equal((await query('overview.get', { regionCode: region, fiscalYear: 2026 }, headers)).statusCode, status, region);
    }
    // alerts.list without a region is limited to the user's own.
    assert.equal((await query('alerts.list', {}, headers)).statusCode, 200);
    assert.equal((await query('alerts.list', { regionCode: '390000' }, headers)).statusCode, 403);
  });

  it('shows a county user only the rule thresholds of the county', async () => {
    await registerRules(database.pool, RULES);
    const admin = await signedInAs(app, database.pool, 'admin');
    for (const regionCode of ['390100', '390121']) {
      const set = await app.inject({
        method: 'POST',
        url: '/trpc/rules.setThreshold',
        payload: JSON.stringify({ ruleCode: 'PAY-LARGE', regionCode, params: { threshold: 1_000_000 } }),
        headers: { ...admin, 'content-type': 'application/json' },
      });
      assert.equal(set.statusCode, 200, set.body);
    }
    const overridesSeenBy = async (headers: Record<string, string>) => {
      const response = await app.inject({ method: 'GET', url: '/trpc/rules.list', headers });
      const rules = response.json<{ result: { data: { code: string; overrides: { regionCode: string }[] }[] } }>().result.data;
      return rules.find((r) => r.code === 'PAY-LARGE')!.overrides.map((o) => o.regionCode).sort();
    };
    assert.deepEqual(await overridesSeenBy(admin), ['390100', '390121']);
    assert.deepEqual(await overridesSeenBy(await signedInAs(app, database.pool, 'auditor', { regionCode: '390121' })), ['390121']);
    assert.deepEqual(await overridesSeenBy(await signedInAs(app, database.pool, 'auditor', { regionCode: '390102' })), []);
  });
});
