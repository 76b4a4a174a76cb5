import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import { ingestFile, type IngestProgress } from './ingest-file';
import { IN_THREAD_MAX_BYTES, ingestInWorker, loadsInWorker } from './ingest-in-worker';

let database: TestDatabase;
let dir: string;

const HEADER = 'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose';
const payment = (i: number, amount = `${i}.25`) =>
  `W${String(i).padStart(6, '0')},2026-03-${String((i % 28) + 1).padStart(2, '0')},390100,GPB,001,2050201,30201,临江文具公司,unit,direct,transfer,${amount},办公用品`;

async function fixture(name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, [HEADER, ...lines].join('\n') + '\n');
  return file;
}

describe('ingestInWorker', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-worker-'));
    const regions = path.join(dir, 'regions.csv');
    await writeFile(regions, 'region_code,region_name,parent_code,level\n390100,临江市,,city\n');
    await ingestFile(database.pool, { feed: regionsFeed, filePath: regions, source: 'cli' });
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a file in a worker thread with the same result and sums as a load in the process, reporting progress', async () => {
    const file = await fixture('payments.csv', Array.from({ length: 5000 }, (_, i) => payment(i + 1)));
    const progress: IngestProgress[] = [];
    const result = await ingestInWorker(database.pool, {
      feed: paymentsFeed,
      filePath: file,
      source: 'inbox',
      onProgress: (p) => progress.push(p),
    });
    assert.equal(result.status, 'succeeded');
    assert.deepEqual([result.rowsRead, result.rowsInserted, result.rowsRejected], [5000, 5000, 0]);
    const stored = await database.pool.query<{ n: string; total: string; batches: string }>(
      'SELECT count(*) AS n, sum(amount)::text AS total, count(DISTINCT batch_id) AS batches FROM payments',
    );
    // 1.25 + 2.25 + … + 5000.25: the amounts arrive exact.
    assert.deepEqual(stored.rows[0], { n: '5000', total: '12503750.00', batches: '1' });
    const sums = await database.pool.query<{ total: string }>('SELECT sum(amount)::text AS total FROM payment_summary');
    assert.equal(sums.rows[0]!.total, '12503750.00');
    const batch = await database.pool.query('SELECT source, status, rows_inserted FROM ingest_batches WHERE id = $1', [result.batchId]);
    assert.deepEqual(batch.rows[0], { source: 'inbox', status: 'succeeded', rows_inserted: 5000 });
    assert.equal(progress[0]?.phase, 'reading');
    assert.equal(progress.at(-1)?.phase, 'done');
    assert.ok(progress.some((p) => p.rowsParsed > 0));

    // The same file again, this time in the process: the worker's load is what the process finds stored.
    const again = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.deepEqual([again.rowsInserted, again.rowsUnchanged, again.sameFileAs], [0, 5000, result.batchId]);
  });

  it('returns a refused file with its bilingual row errors and stores nothing', async () => {
    const before = (await database.pool.query('SELECT count(*)::int AS n FROM payments')).rows[0].n as number;
    const file = await fixture('bad.csv', [payment(9001), payment(9002, '12.3.4'), payment(9003)]);
    const result = await ingestInWorker(database.pool, { feed: paymentsFeed, filePath: file, source: 'upload' });
    assert.equal(result.status, 'failed');
    assert.equal(result.rowsRejected, 1);
    assert.equal(result.rowErrors[0]?.rowNumber, 3);
    assert.equal(result.rowErrors[0]?.column, 'amount');
    assert.match(result.rowErrors[0].reason.zh, /金额/);
    const after = (await database.pool.query('SELECT count(*)::int AS n FROM payments')).rows[0].n as number;
    assert.equal(after, before);
    // The file's hash, read beside the load, is on the refused batch too.
    const sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
    const batch = await database.pool.query('SELECT status, file_sha256 FROM ingest_batches WHERE id = $1', [result.batchId]);
    assert.deepEqual(batch.rows[0], { status: 'failed', file_sha256: sha256 });
  });

  it('sends files over 16 MiB to a worker and loads smaller ones in the calling thread', () => {
    assert.equal(IN_THREAD_MAX_BYTES, 16 * 1024 * 1024);
    assert.equal(loadsInWorker(IN_THREAD_MAX_BYTES - 1), false);
    assert.equal(loadsInWorker(IN_THREAD_MAX_BYTES), false);
    assert.equal(loadsInWorker(IN_THREAD_MAX_BYTES + 1), true);
  });

  it('rejects when the worker cannot run the load, and the caller is told so', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1' });
    const file = await fixture('unused.csv', [payment(1)]);
    await assert.rejects(ingestInWorker(pool, { feed: paymentsFeed, filePath: file, source: 'cli' }), /connection string/);
    await pool.end();
    const unreachable = new pg.Pool({ connectionString: 'postgresql://nobody:secret@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    await assert.rejects(ingestInWorker(unreachable, { feed: paymentsFeed, filePath: file, source: 'cli' }), /ECONNREFUSED|connect/);
    await unreachable.end();
  });
});
