import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import { ingestFile } from './ingest-file';
import { loadPreset, mappingPresetSchema, savePreset } from './mapping-preset';

let database: TestDatabase;
let dir: string;

async function fixture(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const count = async (sql: string, params: unknown[] = []) => Number((await database.pool.query(`SELECT count(*) AS n FROM ${sql}`, params)).rows[0].n);

// A copy of shared/realdata/oxford-spend-over-500 (Open Government Licence; see its datapackage.json).
const OXFORD_DIR = path.join(PROJECT_ROOT, 'server/src/ingest/fixtures/oxford-spend-over-500');
const HEADER = 'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose';
const payment = (voucher: string, amount = '100.00', date = '2026-03-02') =>
  `${voucher},${date},390100,GPB,001,2050201,30201,甲公司,unit,direct,transfer,${amount},办公`;

describe('ingest modes, presets and references', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-ingest-modes-'));
    const regions = await fixture('regions.csv', 'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n');
    await ingestFile(database.pool, { feed: regionsFeed, filePath: regions, source: 'cli' });
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('quarantine mode stores the good rows and keeps each bad row with its raw values and reasons', async () => {
    const file = await fixture('q.csv', [HEADER, payment('Q1'), payment('Q2', 'abc'), payment('Q3'), payment('Q1', '5.00')].join('\n'));
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli', mode: 'quarantine' });
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    assert.deepEqual([result.rowsRead, result.rowsInserted, result.rowsQuarantined, result.rowsRejected], [4, 2, 2, 2]);
    assert.equal(await count(`payments WHERE voucher_no IN ('Q1', 'Q2', 'Q3')`), 2);
    const kept = await database.pool.query(`SELECT row_number, raw, errors FROM quarantined_rows WHERE batch_id = $1 ORDER BY row_number`, [result.batchId]);
    assert.deepEqual(kept.rows.map((r: { row_number: number }) => r.row_number), [3, 5]);
    assert.equal(kept.rows[0].raw.amount, 'abc');
    assert.equal(kept.rows[0].errors[0].column, 'amount');
    assert.match(kept.rows[1].errors[0].zh, /与第2行的主键重复/);
    assert.equal(kept.rows[1].raw.amount, '5.00');
  });

  it('strict mode (the default) stores nothing of the same file', async () => {
    const file = await fixture('s.csv', [HEADER, payment('S1'), payment('S2', 'abc')].join('\n'));
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'failed');
    assert.equal(await count(`payments WHERE voucher_no LIKE 'S%'`), 0);
  });

  it('reports references to agencies and lines that are not loaded, without rejecting the rows', async () => {
    const file = await fixture('refs.csv', [HEADER + ',line_id', `${payment('R1')},L-404`, `${payment('R2')},L-404`].join('\n'));
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(
      result.warnings.map((w) => [w.column, w.value, w.rows, w.firstRow]),
      [
        ['agency_code', '001', 2, 2],
        ['line_id', 'L-404', 2, 2],
      ],
    );
    assert.match(result.warnings[0]!.zh, /预算单位“001”尚未导入/);
    const stored = await database.pool.query('SELECT warnings FROM ingest_batches WHERE id = $1', [result.batchId]);
    assert.equal(stored.rows[0].warnings.length, 2);
  });

  it('takes a region whose parent comes later in the same file without a warning', async () => {
    const file = await fixture('tree.csv', 'region_code,region_name,parent_code,level\n390201,甲区,390200,county\n390200,乙市,390000,city\n');
    const result = await ingestFile(database.pool, { feed: regionsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(result.warnings, []);
  });

  it('rejects a preset that names columns the feed does not have', () => {
    const parsed = mappingPresetSchema.safeParse({ name: 'x', feed: 'payments', columns: { voucher: 'Trans No' } });
    assert.equal(parsed.success, false);
  });

  it('loads all eight Oxford City Council files through the saved preset: day-first dates, reversals, own codes', async () => {
    const presetJson = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'server/src/ingest/presets/oxford-spend-over-500.json'), 'utf8'));
    await savePreset(database.pool, presetJson);
    const preset = await loadPreset(database.pool, 'oxford-spend-over-500', 'payments');
    const files = (await readdir(OXFORD_DIR)).filter((f) => f.endsWith('.csv')).sort();
    assert.equal(files.length, 8);
    let stored = 0;
    for (const name of files) {
      const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: path.join(OXFORD_DIR, name), source: 'cli', preset });
      assert.equal(result.status, 'succeeded', `${name}: ${JSON.stringify([...result.fileErrors, ...result.rowErrors.slice(0, 3)])}`);
      stored += result.rowsInserted + result.rowsUpdated;
    }
    assert.ok(stored > 29_000, `rows stored: ${stored}`);
    // The first data row of the April–June 2016 file: 05/04/2016 is 5 April, not 4 May.
    const first = await database.pool.query(`SELECT pay_date::text, amount::text, econ_code, agency_code FROM payments WHERE voucher_no = '46289405_1'`);
    assert.deepEqual(first.rows, [{ pay_date: '2016-04-05', amount: '2240.00', econ_code: 'D3703', agency_code: 'Direct Services' }]);
    assert.ok((await count(`payments WHERE region_code = '990100' AND amount < 0`)) > 0, 'reversals keep their sign');
    assert.equal(await count(`payments WHERE region_code = '990100' AND payee_name = '（未披露收款人）'`) > 0, true);
    const batches = await database.pool.query(`SELECT DISTINCT preset_name FROM ingest_batches WHERE preset_name IS NOT NULL`);
    assert.deepEqual(batches.rows, [{ preset_name: 'oxford-spend-over-500' }]);
  });
});
