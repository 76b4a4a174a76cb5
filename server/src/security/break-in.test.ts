import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RULES } from '../detect/rule-registry';
import { registerRules } from '../detect/run-detection';
import { signedInAs } from '../testing/sign-in';
import type { TestDatabase } from '../testing/test-database';
import { callTrpc, startTestServer, type HttpServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let database: TestDatabase;
let app: HttpServer;
const HOSTILE = ["' OR '1'='1", "'; DROP TABLE alerts; --", '<script>alert(1)</script>', '=HYPERLINK("http://evil.example","x")', '../../etc/passwd', '\u0000'];

const trpc = (procedure: string, input: unknown, headers: Record<string, string>, method: 'GET' | 'POST' = 'GET') =>
  callTrpc(app, procedure, input, headers, method);

/** Row counts of the tables a break-in would change. */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['alerts', 'alert_events', 'rule_thresholds', 'mapping_presets', 'users', 'payments', 'ingest_batches']) {
    counts[table] = Number((await database.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return counts;
}

before(async () => {
  server = await startTestServer();
  ({ database, app } = server);
  await registerRules(database.pool, RULES);
  // Two alerts, one per county.
  await database.pool.query(`INSERT INTO alerts (rule_code, rule_version, severity, region_code, entity_type, entity_key, period, params, evidence, explanation_zh, explanation_en, fingerprint)
    VALUES ('PAY-LARGE', 1, 'yellow', '390102', 'payment', 'V-EAST', '2026-03-02', '{}', '{}', '东', 'east', 'f-east'),
           ('PAY-LARGE', 1, 'yellow', '390121', 'payment', 'V-QX', '2026-03-02', '{}', '{}', '清', 'qingxi', 'f-qx')`);
});
after(() => server.close());

describe('break-in attempts', () => {
  it("reads no other region's alert by id: the same 404 as a missing one", async () => {
    const east = await signedInAs(app, database.pool, 'staff', { regionCode: '390102' });
    const ids = (await database.pool.query<{ id: string; region_code: string }>(`SELECT id::text, region_code FROM alerts ORDER BY region_code`)).rows;
    const own = await trpc('alerts.get', { id: ids[0]!.id }, east);
    assert.equal(own.status, 200);
    const other = await trpc('alerts.get', { id: ids[1]!.id }, east);
    const missing = await trpc('alerts.get', { id: '999999' }, east);
    assert.equal(other.status, 404);
    assert.equal(missing.status, 404);
    assert.doesNotMatch(other.body, /qingxi|清|390121/);
    const listed = await trpc('alerts.list', {}, east);
    assert.doesNotMatch(listed.body, /V-QX/);
  });

  it('changes nothing with a wrong role, another region, or without the CSRF token', async () => {
    const before = await snapshot();
    const staff = await signedInAs(app, database.pool, 'staff');
    const countyAdmin = await signedInAs(app, database.pool, 'admin', { regionCode: '390121' });
    const threshold = { ruleCode: 'PAY-LARGE', regionCode: '390100', params: { threshold: 1 } };
    assert.equal((await trpc('rules.setThreshold', threshold, staff, 'POST')).status, 403);
    assert.equal((await trpc('rules.setThreshold', threshold, countyAdmin, 'POST')).status, 403);
    const noToken = Object.fromEntries(Object.entries(countyAdmin).filter(([name]) => name !== 'x-csrf-token'));
    assert.equal((await trpc('rules.setThreshold', { ...threshold, regionCode: '390121' }, noToken, 'POST')).status, 403);
    assert.equal((await trpc('admin.users.create', { username: 'sneaky', displayName: 'x', role: 'admin', regionCode: '390100' }, countyAdmin, 'POST')).status, 403);
    const after = await snapshot();
    assert.deepEqual({ ...after, users: before['users'] }, before);
    assert.equal(after['users'], before['users']! + 2, 'only the two test users were added');
  });

  it('treats hostile text in every filter as plain text: nothing matched, nothing broken, nothing changed', async () => {
    const auditor = await signedInAs(app, database.pool, 'auditor');
    const before = await snapshot();
    for (const text of HOSTILE) {
      const listed = await trpc('alerts.list', { entityKey: text }, auditor);
      if (text.includes('\u0000')) {
        assert.equal(listed.status, 400, 'a NUL byte is refused');
        continue;
      }
      assert.equal(listed.status, 200, text);
      assert.equal((listed.data as { total: number }).total, 0, text);
      const exported = await app.inject({ method: 'GET', url: `/api/alerts/export?format=csv&entityKey=${encodeURIComponent(text)}`, headers: auditor });
      assert.equal(exported.statusCode, 200, text);
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses hostile names for users and presets with a bilingual 400', async () => {
    const admin = await signedInAs(app, database.pool, 'admin');
    const before = await snapshot();
    for (const text of HOSTILE) {
      const user = await trpc('admin.users.create', { username: text, displayName: 'x', role: 'staff', regionCode: '390100' }, admin, 'POST');
      assert.equal(user.status, 400, text);
      assert.match(user.body, /请求参数无效/);
    }
    const scripted = await trpc('admin.users.create', { username: 'ok.name', displayName: '<script>alert(1)</script>', role: 'staff', regionCode: '390100' }, admin, 'POST');
    assert.equal(scripted.status, 400);
    const nul = await trpc('rules.setThreshold', { ruleCode: 'PAY-LARGE', regionCode: '390100', params: { threshold: 'a\u0000' } }, admin, 'POST');
    assert.equal(nul.status, 400);
    const preset = await trpc('ingest.presets.save', { name: 'bad\u0000name', feed: 'payments', columns: {} }, admin, 'POST');
    assert.equal(preset.status, 400);
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses an oversized upload and an oversized API body, storing nothing', async () => {
    const staff = await signedInAs(app, database.pool, 'staff');
    const before = await snapshot();
    const upload = await app.inject({
      method: 'POST',
      url: '/api/ingest/upload?feed=payments&fileName=big.csv',
      payload: Buffer.alloc(8192, 'a'),
      headers: { ...staff, 'content-type': 'application/octet-stream' },
    });
    assert.equal(upload.statusCode, 413);
    assert.match(upload.body, /上传上限/);
    const body = await app.inject({ method: 'POST', url: '/trpc/rules.run', payload: 'x'.repeat(2 * 1024 * 1024), headers: { ...staff, 'content-type': 'application/json' } });
    assert.equal(body.statusCode, 413);
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses uploads and downloads without a session or with a role that may not', async () => {
    const deputy = await signedInAs(app, database.pool, 'deputy');
    const auditor = await signedInAs(app, database.pool, 'auditor');
    const upload = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/ingest/upload?feed=payments&fileName=a.csv', payload: 'x', headers: { ...headers, 'content-type': 'application/octet-stream' } });
    assert.equal((await upload({})).statusCode, 401);
    assert.equal((await upload(deputy)).statusCode, 403);
    assert.equal((await upload(auditor)).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/batches/1/errors.csv' })).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/batches/1/errors.csv', headers: deputy })).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/alerts/export?format=csv', headers: deputy })).statusCode, 403);
  });

  it("keeps a district's staff out of the ingest back office, which holds every region's rows", async () => {
    await database.pool.query(
      `INSERT INTO budget_lines (line_id, fiscal_year, region_code, book, agency_code, func_code, econ_code, project_code, line_type, parent_line_id, amount, doc_no, issued_date)
       VALUES ('L-CITY', 2026, '390100', 'GPB', '001', '2010101', '30101', NULL, 'initial', NULL, 100.00, '临财预〔2026〕1号', '2026-01-05')`,
    );
    const district = await signedInAs(app, database.pool, 'staff', { regionCode: '390102' });
    const city = await signedInAs(app, database.pool, 'staff', { regionCode: '390100' });
    const districtAdmin = await signedInAs(app, database.pool, 'admin', { regionCode: '390102' });
    assert.equal((await trpc('admin.audit.list', {}, districtAdmin)).status, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/audit.csv', headers: districtAdmin })).statusCode, 403);
    assert.equal((await trpc('rules.run', { regionCode: '390100' }, district, 'POST')).status, 403, 'no detection run over the city');
    const refused = await trpc('ingest.batches', {}, district);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /数据接入仅限本级人大常委会的工作人员/);
    assert.equal((await trpc('ingest.quarantine', {}, district)).status, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/batches/1/errors.csv', headers: district })).statusCode, 403);
    const upload = await app.inject({
      method: 'POST',
      url: '/api/ingest/upload?feed=agencies&fileName=a.csv',
      payload: 'agency_code,agency_name\n',
      headers: { ...district, 'content-type': 'application/octet-stream' },
    });
    assert.equal(upload.statusCode, 403);
    assert.equal((await trpc('ingest.batches', {}, city)).status, 200);
    // Freshness is an aggregate: every role and level may see it.
    assert.equal((await trpc('ingest.freshness', undefined, district)).status, 200);
  });
});
