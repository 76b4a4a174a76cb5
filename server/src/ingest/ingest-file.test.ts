import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { agenciesFeed, paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import { ingestFile } from './ingest-file';

let database: TestDatabase;
let dir: string;

async function fixture(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const count = async (table: string) =>
  Number((await database.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

const PAYMENT_HEADER =
  'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose';

describe('ingestFile', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-ingest-'));
    const regions = await fixture('regions.csv', 'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n');
    await ingestFile(database.pool, { feed: regionsFeed, filePath: regions, source: 'cli' });
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a GB18030 file with Chinese headers and labels without mangling the text', async () => {
    const text = '单位编码,单位名称,行政区划代码,主管部门编码,单位类型\r\n001,临江市教育局,390100,,行政\r\n001001,临江市第一中学,390100,001,事业\r\n';
    const file = await fixture('agencies-gbk.csv', iconv.encode(text, 'gb18030'));
    const result = await ingestFile(database.pool, { feed: agenciesFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded');
    assert.equal(result.rowsInserted, 2);
    const names = await database.pool.query('SELECT agency_name, agency_type FROM agencies ORDER BY agency_code');
    assert.deepEqual(names.rows, [
      { agency_name: '临江市教育局', agency_type: 'administrative' },
      { agency_name: '临江市第一中学', agency_type: 'institution' },
    ]);
    const batch = await database.pool.query('SELECT encoding FROM ingest_batches WHERE id = $1', [result.batchId]);
    assert.equal(batch.rows[0].encoding, 'gb18030');
  });

  it('loads a semicolon-separated UTF-8 file with a BOM, keeping amounts exact', async () => {
    const file = await fixture(
      'payments-semicolon.csv',
      '\uFEFF' +
        PAYMENT_HEADER.replaceAll(',', ';') +
        '\nP1;2026-01-05;390100;GPB;001;2050201;30201;临江文具公司;unit;direct;transfer;"1,234.56";办公用品\n' +
        `P2;20260106;390100;一般公共预算;001;2050201;30201;"'; DROP TABLE payments; --";个人;授权支付;现金;(0.01);冲销\n`,
    );
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    const rows = await database.pool.query('SELECT voucher_no, amount::text, payee_name FROM payments ORDER BY voucher_no');
    assert.deepEqual(rows.rows, [
      { voucher_no: 'P1', amount: '1234.56', payee_name: '临江文具公司' },
      { voucher_no: 'P2', amount: '-0.01', payee_name: "'; DROP TABLE payments; --" },
    ]);
  });

  it('stores nothing from a file with one bad row and reports every bad cell', async () => {
    const before = await count('payments');
    const file = await fixture(
      'payments-bad.csv',
      `${PAYMENT_HEADER}\nP3,2026-01-07,390100,GPB,001,2050201,30201,甲公司,unit,direct,transfer,100.00,x\nP4,2026-02-30,390100,XXX,001,2050201,30201,乙公司,unit,direct,transfer,1.234,y\n`,
    );
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'failed');
    assert.equal(result.rowsRejected, 1);
    assert.deepEqual(result.rowErrors.map((e) => [e.rowNumber, e.column]), [[3, 'pay_date'], [3, 'book'], [3, 'amount']]);
    assert.equal(await count('payments'), before);
    const stored = await database.pool.query('SELECT count(*)::int AS n FROM ingest_row_errors WHERE batch_id = $1', [result.batchId]);
    assert.equal(stored.rows[0].n, 3);
  });

  it('rejects a natural key given twice in one file', async () => {
    const file = await fixture('regions-dup.csv', 'region_code,region_name,parent_code,level\n390102,城东区,390100,county\n390102,城东区,390100,county\n');
    const result = await ingestFile(database.pool, { feed: regionsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'failed');
    assert.equal(result.rowErrors[0]?.rowNumber, 3);
    assert.match(result.rowErrors[0]?.reason.en ?? "", /row 2/);
    assert.equal(await count("regions WHERE region_code = '390102'"), 0);
  });

  it('refuses a file without the required columns and stores nothing', async () => {
    const file = await fixture('regions-header.csv', 'code,name\n390103,城西区\n');
    const result = await ingestFile(database.pool, { feed: regionsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'failed');
    assert.ok(result.fileErrors.some((e) => e.en.includes('region_code') && e.zh.includes('行政区划代码')));
  });

  it('adds nothing on reload and logs the old values of a changed row', async () => {
    const content = 'region_code,region_name,parent_code,level\n390102,城东区,390100,county\n390103,城西区,390100,county\n';
    const first = await ingestFile(database.pool, { feed: regionsFeed, filePath: await fixture('r1.csv', content), source: 'cli' });
    const again = await ingestFile(database.pool, { feed: regionsFeed, filePath: await fixture('r2.csv', content), source: 'cli' });
    assert.deepEqual([first.rowsInserted, again.rowsInserted, again.rowsUnchanged], [2, 0, 2]);

    const renamed = content.replace('城西区', '西湖区');
    const changed = await ingestFile(database.pool, { feed: regionsFeed, filePath: await fixture('r3.csv', renamed), source: 'cli' });
    assert.deepEqual([changed.rowsInserted, changed.rowsUpdated, changed.rowsUnchanged], [0, 1, 1]);
    const log = await database.pool.query("SELECT old_values->>'region_name' AS old, new_values->>'region_name' AS new FROM change_log WHERE natural_key = '390103'");
    assert.deepEqual(log.rows, [{ old: '城西区', new: '西湖区' }]);
  });
});
