import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import ExcelJS from 'exceljs';
import { recordAudit } from '../auth/audit';
import { authRoutes } from '../auth/auth.routes';
import { createAuthServices } from '../auth/auth.service';
import { maskAlertsFor } from '../auth/privacy';
import { regionVisible } from '../auth/region-scope';
import { useRuleDatabase } from '../detect/testing/rule-fixtures';
import { signedInAs } from '../testing/sign-in';
import type { Services } from '../trpc/context.types';
import { alertsRoutes } from './alerts.routes';
import { transitionAlerts } from './alert-workflow';
import { findAlerts, getAlert } from './alerts.service';
import { alertsCsv, alertsXlsxStream } from './export-alerts';

const db = useRuleDatabase();
const app = Fastify();
/** A national auditor's session. */
let auditor: Record<string, string>;

after(() => app.close());

async function seed() {
  await db.payment('BIG-1', '6000000.00', { region: '390100' });
  await db.payment('BIG-2', '7000000.00', { region: '390102001' });
  await db.detect('PAY-LARGE');
}

describe('GET /api/alerts/export', () => {
  // In the suite, so that it runs after the fixture's database is up.
  before(async () => {
    const alerts: Services['alerts'] = {
      list: (input) => findAlerts(db.pool, input),
      get: (id) => getAlert(db.pool, id),
      transition: (input, actor, visible) => transitionAlerts(db.pool, input, actor, visible),
      maskFor: (role, items) => maskAlertsFor(db.pool, role, items),
      exportCsv: (filter, language, role) => alertsCsv(db.pool, filter, language, role),
      exportXlsx: (filter, language, role) => alertsXlsxStream(db.pool, filter, language, role),
    };
    await app.register(authRoutes, { auth: createAuthServices(db.pool) });
    await app.register(alertsRoutes, { alerts, access: { regionVisible: (user, code) => regionVisible(db.pool, user, code), visibleRegions: () => Promise.resolve(null), atCommitteeLevel: () => Promise.resolve(true), audit: (entry) => recordAudit(db.pool, entry) } });
    auditor = await signedInAs(app, db.pool, 'auditor');
  });

  it('downloads the filtered list as CSV with a BOM and as a readable XLSX', async () => {
    await seed();
    const csv = await app.inject({ method: 'GET', url: '/api/alerts/export?format=csv&regionCode=390102&lang=en', headers: auditor });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="alerts-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.body.trimEnd().split('\r\n');
    assert.ok(lines[0]!.startsWith('\uFEFFrule_code,rule_name,'));
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^PAY-LARGE,Large payment,yellow,390102001,payment,BIG-2,/);

    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/alerts/export?format=xlsx&ruleCodes=PAY-LARGE,PAY-CASH',
      headers: auditor,
    });
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0]!.rowCount, 3);
  });

  it('refuses bad parameters with a bilingual 400 and no body of data', async () => {
    for (const query of [
      'format=pdf',
      'format=csv&regionCode=39%27%20OR%201%3D1',
      'format=csv&severities=purple',
      'format=csv&lang=fr',
    ]) {
      const response = await app.inject({ method: 'GET', url: `/api/alerts/export?${query}`, headers: auditor });
      assert.equal(response.statusCode, 400, query);
      const body = response.json<{ messageZh: string; messageEn: string }>();
      assert.match(body.messageZh, /导出参数无效/);
      assert.match(body.messageEn, /invalid export parameters/);
    }
  });

  it('writes who exported what to the audit log: filters and the number of alerts', async () => {
    await seed();
    const before = (await db.pool.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`)).rows[0]!.id;
    assert.equal((await app.inject({ method: 'GET', url: '/api/alerts/export?format=csv&regionCode=390102', headers: auditor })).statusCode, 200);
    const logged = await db.pool.query(`SELECT username, target, details FROM audit_log WHERE action = 'alerts.export' AND id > $1`, [before]);
    assert.equal(logged.rows.length, 1);
    assert.match(logged.rows[0].username, /^auditor-/);
    assert.equal(logged.rows[0].target, 'csv');
    assert.equal(logged.rows[0].details.rows, 1);
    assert.equal(logged.rows[0].details.filter.regionCode, '390102');
  });

  it('refuses anyone signed out (401), a deputy (403), and another region (403)', async () => {
    await seed();
    const url = '/api/alerts/export?format=csv';
    assert.equal((await app.inject({ method: 'GET', url })).statusCode, 401);
    const deputy = await signedInAs(app, db.pool, 'deputy');
    assert.equal((await app.inject({ method: 'GET', url, headers: deputy })).statusCode, 403);
    const county = await signedInAs(app, db.pool, 'auditor', { regionCode: '390121' });
    const refused = await app.inject({ method: 'GET', url: `${url}&regionCode=390100`, headers: county });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json<{ messageZh: string }>().messageZh, /无权查看地区390100/);
  });

  it("limits a district user's export to their region when none is asked for", async () => {
    await seed();
    const district = await signedInAs(app, db.pool, 'auditor', { regionCode: '390102' });
    const csv = await app.inject({ method: 'GET', url: '/api/alerts/export?format=csv&lang=en', headers: district });
    assert.equal(csv.statusCode, 200);
    const lines = csv.body.trimEnd().split('\r\n');
    // BIG-1 of the city is left out; BIG-2 of the district's township is in.
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /BIG-2/);
  });

  it('masks individual payees for auditors (王*明), not units, and not for staff', async () => {
    await db.payment('BIG-3', '8000000.00', { region: '390100', payee: '王小明', payeeType: 'individual' });
    await db.payment('BIG-4', '9000000.00', { region: '390100', payee: '临江建设有限公司' });
    await db.detect('PAY-LARGE');
    const url = '/api/alerts/export?format=csv&entityKey=BIG-';
    const masked = await app.inject({ method: 'GET', url, headers: auditor });
    assert.equal(masked.statusCode, 200);
    assert.match(masked.body, /王\*明/);
    assert.doesNotMatch(masked.body, /王小明/);
    assert.match(masked.body, /临江建设有限公司/);
    const staff = await signedInAs(app, db.pool, 'staff');
    const full = await app.inject({ method: 'GET', url, headers: staff });
    assert.match(full.body, /王小明/);
    assert.doesNotMatch(full.body, /王\*明/);
  });
});
