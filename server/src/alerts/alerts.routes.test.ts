import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import ExcelJS from 'exceljs';
import { useRuleDatabase } from '../detect/testing/rule-fixtures';
import type { Services } from '../trpc/context.types';
import { alertsRoutes } from './alerts.routes';
import { findAlerts, getAlert } from './alerts.service';
import { alertsCsv, alertsXlsxStream } from './export-alerts';

const db = useRuleDatabase();
const app = Fastify();

before(async () => {
  const alerts: Services['alerts'] = {
    list: (input) => findAlerts(db.pool, input),
    get: (id) => getAlert(db.pool, id),
    exportCsv: (filter, language) => alertsCsv(db.pool, filter, language),
    exportXlsx: (filter, language) => alertsXlsxStream(db.pool, filter, language),
  };
  await app.register(alertsRoutes, { alerts });
});
after(() => app.close());

async function seed() {
  await db.payment('BIG-1', '6000000.00', { region: '390100' });
  await db.payment('BIG-2', '7000000.00', { region: '390102001' });
  await db.detect('PAY-LARGE');
}

describe('GET /api/alerts/export', () => {
  it('downloads the filtered list as CSV with a BOM and as a readable XLSX', async () => {
    await seed();
    const csv = await app.inject({ method: 'GET', url: '/api/alerts/export?format=csv&regionCode=390102&lang=en' });
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
      const response = await app.inject({ method: 'GET', url: `/api/alerts/export?${query}` });
      assert.equal(response.statusCode, 400, query);
      const body = response.json<{ messageZh: string; messageEn: string }>();
      assert.match(body.messageZh, /导出参数无效/);
      assert.match(body.messageEn, /invalid export parameters/);
    }
  });
});
