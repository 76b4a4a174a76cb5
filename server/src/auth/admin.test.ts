import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addTestUser, signIn, signedInAs } from '../testing/sign-in';
import type { TestDatabase } from '../testing/test-database';
import { callTrpc, startTestServer, type HttpServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let database: TestDatabase;
let app: HttpServer;
let admin: Record<string, string>;

const trpc = <T>(procedure: string, input: unknown, headers: Record<string, string>, method: 'GET' | 'POST' = 'GET') =>
  callTrpc<T>(app, procedure, input, headers, method);

before(async () => {
  server = await startTestServer();
  ({ database, app } = server);
  admin = await signedInAs(app, database.pool, 'admin', { username: 'root.admin' });
});
after(() => server.close());

describe('users, for administrators', () => {
  it('creates a user with a one-time password that works once, then must be changed', async () => {
    const created = await trpc<{ user: { username: string; mustChangePassword: boolean }; oneTimePassword: string }>(
      'admin.users.create',
      { username: 'liu.staff', displayName: '刘工作人员', role: 'staff', regionCode: '390102' },
      admin,
      'POST',
    );
    assert.equal(created.status, 200, created.message);
    assert.equal(created.data.user.mustChangePassword, true);
    const headers = await signIn(app, 'liu.staff', created.data.oneTimePassword);
    assert.equal((await trpc('overview.get', { regionCode: '390102', fiscalYear: 2026 }, headers)).status, 403);
    const listed = await trpc<{ username: string }[]>('admin.users.list', undefined, admin);
    assert.ok(listed.data.some((u) => u.username === 'liu.staff'));
  });

  it('refuses a taken username, an unknown region, and a hostile one', async () => {
    await addTestUser(database.pool, 'staff', { username: 'taken.name' });
    const input = { displayName: 'x', role: 'staff', regionCode: '390100' };
    assert.equal((await trpc('admin.users.create', { ...input, username: 'taken.name' }, admin, 'POST')).status, 409);
    assert.equal((await trpc('admin.users.create', { ...input, username: 'new.one', regionCode: '390199' }, admin, 'POST')).status, 400);
    assert.equal((await trpc('admin.users.create', { ...input, username: "x'; DROP TABLE users; --" }, admin, 'POST')).status, 400);
    assert.equal((await trpc('admin.users.create', { ...input, username: 'new.two', role: 'root' }, admin, 'POST')).status, 400);
    assert.equal(Number((await database.pool.query(`SELECT count(*) AS n FROM users WHERE username LIKE 'new.%'`)).rows[0].n), 0);
  });

  it('resets a password (ending sessions) and deactivates a user, never oneself', async () => {
    await addTestUser(database.pool, 'auditor', { username: 'he.audit' });
    const session = await signIn(app, 'he.audit');
    const reset = await trpc<{ oneTimePassword: string }>('admin.users.resetPassword', { username: 'he.audit' }, admin, 'POST');
    assert.equal(reset.status, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: session })).statusCode, 401);
    const fresh = await signIn(app, 'he.audit', reset.data.oneTimePassword);
    assert.equal((await trpc('admin.users.setActive', { username: 'he.audit', active: false }, admin, 'POST')).status, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: fresh })).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'he.audit', password: reset.data.oneTimePassword } })).statusCode, 401);
    const self = await trpc('admin.users.setActive', { username: 'root.admin', active: false }, admin, 'POST');
    assert.equal(self.status, 400);
    assert.match(self.message ?? '', /不能停用自己的账号/);
  });

  it("keeps a city administrator to the city's users and regions", async () => {
    const cityAdmin = await signedInAs(app, database.pool, 'admin', { regionCode: '390121' });
    const outside = await trpc('admin.users.create', { username: 'outside.user', displayName: 'x', role: 'staff', regionCode: '390102' }, cityAdmin, 'POST');
    assert.equal(outside.status, 403);
    const listed = await trpc<{ regionCode: string }[]>('admin.users.list', undefined, cityAdmin);
    assert.ok(listed.data.every((u) => u.regionCode === '390121'), JSON.stringify(listed.data));
  });

  it('refuses every other role', async () => {
    for (const role of ['staff', 'auditor', 'deputy'] as const) {
      const headers = await signedInAs(app, database.pool, role);
      assert.equal((await trpc('admin.users.list', undefined, headers)).status, 403, role);
      assert.equal((await app.inject({ method: 'GET', url: '/api/admin/audit.csv', headers })).statusCode, 403, role);
    }
  });
});

describe('audit log', () => {
  it('lists sign-ins, user changes and its own export, newest first, filtered by action and user', async () => {
    await addTestUser(database.pool, 'deputy', { username: 'sun.deputy' });
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sun.deputy', password: 'Wrong-passw0rd' } });
    await signIn(app, 'sun.deputy');
    const page = await trpc<{ total: number; items: { action: string; username: string | null; target: string }[] }>(
      'admin.audit.list',
      { username: 'sun.deputy' },
      admin,
    );
    assert.deepEqual(
      page.data.items.map((e) => e.action),
      ['auth.login', 'auth.login_failed'],
    );
    // Newest first by number, not by the text of the id (10 after 9).
    const all = await trpc<{ items: { id: string }[] }>('admin.audit.list', { pageSize: 200 }, admin);
    const ids = all.data.items.map((e) => Number(e.id));
    assert.ok(ids.length > 10, `${ids.length} lines`);
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
    const failures = await trpc<{ items: { target: string }[] }>('admin.audit.list', { action: 'auth.login_failed' }, admin);
    assert.ok(failures.data.items.some((e) => e.target === 'sun.deputy'));

    const csv = await app.inject({ method: 'GET', url: '/api/admin/audit.csv?action=auth.login_failed', headers: admin });
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.startsWith('\uFEFFid,at,username,action,target,details,ip\r\n'));
    assert.match(csv.body, /auth\.login_failed,sun\.deputy/);
    const everything = await app.inject({ method: 'GET', url: '/api/admin/audit.csv', headers: admin });
    const csvIds = everything.body.trim().split('\r\n').slice(1).map((line) => Number(line.split(',')[0]));
    assert.ok(csvIds.length > 10);
    assert.deepEqual(csvIds, [...csvIds].sort((a, b) => a - b), 'oldest first, by number');
    const exported = await trpc<{ items: { username: string }[] }>('admin.audit.list', { action: 'audit.export' }, admin);
    assert.equal(exported.data.items[0]?.username, 'root.admin');
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/audit.csv?action=DROP%20TABLE', headers: admin })).statusCode, 400);
  });

  it('is append-only in the database: updates, deletes and truncation are refused', async () => {
    for (const sql of [`UPDATE audit_log SET action = 'x'`, `DELETE FROM audit_log`, `TRUNCATE audit_log`]) {
      await assert.rejects(database.pool.query(sql), /audit_log is append-only/, sql);
    }
    assert.ok(Number((await database.pool.query(`SELECT count(*) AS n FROM audit_log`)).rows[0].n) > 0);
  });

  it('is append-only for the application: no code path updates or deletes it', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = path.resolve(import.meta.dirname, '..');
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.parentPath.includes('generated'),
    );
    for (const file of files) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      assert.doesNotMatch(text, /(UPDATE|DELETE FROM|TRUNCATE)\s+audit_log/i, file.name);
    }
  });
});
