import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { useRuleDatabase } from '../detect/testing/rule-fixtures';
import { findAlerts, getAlert } from './alerts.service';
import { alertsCsv, exportAlertsToFile } from './export-alerts';

const db = useRuleDatabase();
const dir = await mkdtemp(path.join(os.tmpdir(), 'bw-alerts-'));
after(() => rm(dir, { recursive: true, force: true }));

beforeEach(async () => {
  // Three PAY-LARGE (yellow) and one PAY-CASH (orange) alert, in the city and in a township.
  await db.payment('CITY-1', '6000000.00', { region: '390100', date: '2026-03-02' });
  await db.payment('CITY-2', '7000000.00', { region: '390100', date: '2026-04-01' });
  await db.payment('TOWN-1', '8000000.00', {
    region: '390102001',
    date: '2025-05-06',
    payee: '=HYPERLINK("http://x")',
  });
  await db.payment('CASH-1', '30000.00', { region: '390102', settle: 'cash', date: '2026-06-01' });
  await db.detect('PAY-LARGE');
  await db.detect('PAY-CASH');
});

describe('findAlerts', () => {
  it('lists the most severe first and counts open alerts per severity', async () => {
    const page = await findAlerts(db.pool, {});
    assert.equal(page.total, 4);
    assert.deepEqual(page.bySeverity, { yellow: 3, orange: 1, red: 0 });
    assert.equal(page.items[0]!.entityKey, 'CASH-1');
    assert.equal(page.items[0]!.ruleNameZh, '大额现金支付');
  });

  it('filters by region subtree, rule, severity, period and entity key prefix', async () => {
    const keys = async (input: Parameters<typeof findAlerts>[1]) =>
      (await findAlerts(db.pool, input)).items.map((a) => a.entityKey).sort();
    assert.deepEqual(await keys({ regionCode: '390102' }), ['CASH-1', 'TOWN-1']);
    assert.deepEqual(await keys({ ruleCodes: ['PAY-LARGE'], periodFrom: '2026', periodTo: '2026' }), [
      'CITY-1',
      'CITY-2',
    ]);
    assert.deepEqual(await keys({ periodFrom: '2026-03', periodTo: '2026-03' }), ['CITY-1']);
    assert.deepEqual(await keys({ severities: ['orange'] }), ['CASH-1']);
    assert.deepEqual(await keys({ entityKey: 'CITY' }), ['CITY-1', 'CITY-2']);
    assert.deepEqual(await keys({ entityKey: '%' }), []);
  });

  it('pages, and hides resolved alerts unless asked', async () => {
    const second = await findAlerts(db.pool, { page: 2, pageSize: 3 });
    assert.equal(second.items.length, 1);
    await db.sql(`DELETE FROM payments WHERE voucher_no = 'CITY-2'`);
    await db.detect('PAY-LARGE');
    assert.equal((await findAlerts(db.pool, {})).total, 3);
    const all = await findAlerts(db.pool, { includeResolved: true, entityKey: 'CITY-2' });
    assert.equal(all.items.length, 1);
    assert.ok(all.items[0]!.resolvedAt);
  });

  it('rejects bad input with a validation error', async () => {
    await assert.rejects(findAlerts(db.pool, { pageSize: 10_000 }));
    await assert.rejects(findAlerts(db.pool, { regionCode: "390100' OR 1=1" }));
  });
});

describe('getAlert', () => {
  it('returns evidence, parameters and history, and NOT_FOUND for an unknown id', async () => {
    const id = (await findAlerts(db.pool, { entityKey: 'CITY-1' })).items[0]!.id;
    const alert = await getAlert(db.pool, id);
    assert.deepEqual(alert.evidence['vouchers'], ['CITY-1']);
    assert.deepEqual(alert.params, { threshold: 5_000_000 });
    assert.deepEqual(
      alert.events.map((e) => e.kind),
      ['detected'],
    );
    await assert.rejects(getAlert(db.pool, '999999'), { name: 'AppError', code: 'NOT_FOUND' });
  });
});

describe('alert export', () => {
  it('writes CSV in UTF-8 with a BOM, the issue columns, and defused formula cells', async () => {
    let csv = '';
    for await (const chunk of alertsCsv(db.pool, {})) csv += chunk;
    assert.ok(
      csv.startsWith(
        '\uFEFFrule_code,rule_name,severity,region_code,entity_type,entity_key,period,value,threshold,evidence,explanation,status,detected_at\r\n',
      ),
    );
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 5);
    const town = lines.find((line) => line.includes('TOWN-1'))!;
    assert.match(
      town,
      /^PAY-LARGE,大额支付,yellow,390102001,payment,TOWN-1,2025-05-06,8000000\.000000,5000000\.000000,/,
    );
    // The hostile payee sits inside the JSON evidence cell, which starts with '{': nothing to run.
    assert.ok(!/,=HYPERLINK/.test(town));
  });

  it('defuses a cell that starts with = in CSV and XLSX', async () => {
    await db.sql(`UPDATE alerts SET entity_key = '=1+2' WHERE entity_key = 'CITY-1'`);
    const csvFile = path.join(dir, 'a.csv');
    const xlsxFile = path.join(dir, 'a.xlsx');
    assert.equal(await exportAlertsToFile(db.pool, { format: 'csv', out: csvFile, filter: {} }), 4);
    assert.match(await readFile(csvFile, 'utf8'), /,'=1\+2,/);
    assert.equal(
      await exportAlertsToFile(db.pool, {
        format: 'xlsx',
        out: xlsxFile,
        filter: { severities: ['yellow'] },
        language: 'en',
      }),
      3,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 4);
    assert.equal(sheet.getRow(1).getCell(1).value, 'rule_code');
    const keys = [2, 3, 4].map((r) => sheet.getRow(r).getCell(6).value);
    assert.ok(keys.includes("'=1+2"), JSON.stringify(keys));
    assert.equal(sheet.getRow(2).getCell(2).value, 'Large payment');
  });

  it('leaves no file, not even a partial one, when the target cannot be written', async () => {
    const target = path.join(dir, 'missing-folder', 'alerts.csv');
    await assert.rejects(exportAlertsToFile(db.pool, { format: 'csv', out: target, filter: {} }), { code: 'ENOENT' });
    const written = path.join(dir, 'whole.xlsx');
    await exportAlertsToFile(db.pool, { format: 'xlsx', out: written, filter: {} });
    assert.ok(!(await readdir(dir)).some((name) => name.endsWith('.part')));
  });
});
