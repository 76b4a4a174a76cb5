import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { InboxWatcher, type InboxReport } from './inbox-watcher';
import { savePreset } from './mapping-preset';

let database: TestDatabase;
let inbox: string;
let watcher: InboxWatcher;

const count = async (sql: string) => Number((await database.pool.query(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);
const REGIONS = 'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n';

/** The watcher takes a file on the second scan that finds it unchanged. */
async function scanTwice(): Promise<InboxReport[]> {
  const first = await watcher.scan();
  return [...first, ...(await watcher.scan())];
}

describe('inbox watcher', () => {
  before(async () => {
    database = await createTestDatabase();
    inbox = await mkdtemp(path.join(os.tmpdir(), 'bw-inbox-'));
    watcher = new InboxWatcher(database.pool, { inboxDir: inbox, logger: createLogger('silent'), pollMs: 60_000 });
    await watcher.start();
    await watcher.stop(); // folders made; the test drives the scans itself
  });
  after(async () => {
    await database.drop();
    await rm(inbox, { recursive: true, force: true });
  });

  it('creates a folder per feed with done/ and failed/', async () => {
    assert.ok((await readdir(inbox)).includes('payments'));
    assert.deepEqual((await readdir(path.join(inbox, 'bonds'))).sort(), ['done', 'failed']);
  });

  it('loads a dropped file once, on the scan after it stopped changing, and moves it to done/ with its report', async () => {
    await writeFile(path.join(inbox, 'regions', 'regions-20261125.csv'), REGIONS);
    await writeFile(path.join(inbox, 'regions', 'still-copying.csv.part'), 'x');
    assert.deepEqual(await watcher.scan(), [], 'a file seen for the first time may still be growing');
    const reports = await watcher.scan();
    assert.equal(reports.length, 1);
    assert.equal(reports[0]!.status, 'succeeded');
    assert.equal(await count(`regions WHERE region_code IN ('390000', '390100')`), 2);
    assert.equal(await count(`ingest_batches WHERE source = 'inbox' AND file_name = 'regions-20261125.csv'`), 1);
    assert.equal(await count(`audit_log WHERE action = 'ingest.inbox' AND target = 'regions' AND details->>'file' = 'regions-20261125.csv'`), 1);

    const done = await readdir(path.join(inbox, 'regions', 'done'));
    assert.equal(done.length, 2);
    const report = JSON.parse(await readFile(path.join(inbox, 'regions', 'done', done.find((f) => f.endsWith('.report.json'))!), 'utf8')) as InboxReport;
    assert.equal(report.result?.rowsInserted, 2);
    assert.deepEqual(await readdir(path.join(inbox, 'regions')), ['done', 'failed', 'still-copying.csv.part'].sort());
    assert.deepEqual(await watcher.scan(), [], 'nothing is loaded twice');
  });

  it('moves a file with bad rows to failed/ with every error in its report, storing nothing', async () => {
    const before = await count('payments');
    const rows = ['voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount', 'N1,2026-13-01,390100,GPB,001,2050201,30201,甲,unit,direct,transfer,1.00'];
    await writeFile(path.join(inbox, 'payments', 'nightly.csv'), rows.join('\n'));
    const [report] = await scanTwice();
    assert.equal(report!.status, 'failed');
    assert.equal(report!.rowErrors[0]!.column, 'pay_date');
    assert.equal(await count('payments'), before);
    const failed = await readdir(path.join(inbox, 'payments', 'failed'));
    assert.deepEqual(failed.map((f) => f.replace(/^[^_]+_/, '')).sort(), ['nightly.csv', 'nightly.csv.report.json']);
  });

  it('reads a feed folder through the preset and mode of its inbox.json', async () => {
    await savePreset(database.pool, { name: '国库夜间', feed: 'payments', columns: { voucher_no: '凭证号' }, constants: { region_code: '390100' }, dateFormat: 'DD/MM/YYYY' });
    await writeFile(path.join(inbox, 'payments', 'inbox.json'), JSON.stringify({ preset: '国库夜间', mode: 'quarantine' }));
    const rows = ['凭证号,pay_date,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount', 'M1,25/11/2026,GPB,001,2050201,30201,甲,unit,direct,transfer,1.00', 'M2,31/11/2026,GPB,001,2050201,30201,甲,unit,direct,transfer,1.00'];
    await writeFile(path.join(inbox, 'payments', 'preset.csv'), rows.join('\n'));
    const [report] = await scanTwice();
    assert.equal(report!.status, 'succeeded');
    assert.deepEqual([report!.result?.rowsInserted, report!.result?.rowsQuarantined], [1, 1]);
    assert.deepEqual((await database.pool.query(`SELECT pay_date::text FROM payments WHERE voucher_no = 'M1'`)).rows, [{ pay_date: '2026-11-25' }]);
  });

  it('fails a file whose inbox.json is broken, with the reason in both languages', async () => {
    await writeFile(path.join(inbox, 'payments', 'inbox.json'), '{"preset": ');
    await writeFile(path.join(inbox, 'payments', 'x.csv'), 'voucher_no\nA');
    const [report] = await scanTwice();
    assert.equal(report!.status, 'failed');
    assert.match(report!.problem!.zh, /收件箱设置文件 inbox\.json 无效/);
    assert.match(report!.problem!.en, /inbox settings file inbox\.json is invalid/);
    await rm(path.join(inbox, 'payments', 'inbox.json'));
  });
});
