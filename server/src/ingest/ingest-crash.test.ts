import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { paymentsFeed } from './feeds/execution.feeds';
import { ingestFile, markInterruptedBatches } from './ingest-file';

let database: TestDatabase;
let dir: string;

const HEADER = 'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose\n';

async function paymentsFile(name: string, rows: number, prefix: string): Promise<string> {
  const file = path.join(dir, name);
  const out = createWriteStream(file);
  out.write(HEADER);
  for (let i = 0; i < rows; i++) {
    const line = `${prefix}${i},2026-03-${String((i % 28) + 1).padStart(2, '0')},390100,GPB,390100301,2050201,30201,临江文具公司,unit,direct,transfer,${(i % 9000) + 100}.25,办公用品\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return file;
}

const count = async (sql: string) => Number((await database.pool.query(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);

describe('ingest under crashes and concurrency', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-ingest-crash-'));
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves no partial rows when the loading process is killed with SIGKILL mid-batch', async () => {
    const file = await paymentsFile('big.csv', 400_000, 'K');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/cli/main.ts'), 'ingest', 'payments', file], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Wait until the batch is open and rows are streaming in, then kill without warning.
    const deadline = Date.now() + 60_000;
    while ((await count(`pg_stat_activity WHERE query LIKE 'COPY "payments"%' AND state = 'active' AND datname = current_database()`)) === 0) {
      assert.ok(Date.now() < deadline, 'the load never started');
      await sleep(20);
    }
    await sleep(300);
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    // PostgreSQL notices the dead client and rolls its transaction back.
    while ((await count(`pg_stat_activity WHERE query LIKE 'COPY%' AND datname = current_database()`)) > 0) await sleep(20);

    assert.equal(await count('payments'), 0, 'no row of the killed batch is visible');
    assert.equal(await count(`ingest_batches WHERE status = 'running'`), 1);
    assert.equal(await markInterruptedBatches(database.pool), 1);
    const batch = await database.pool.query(`SELECT status, message FROM ingest_batches ORDER BY id DESC LIMIT 1`);
    assert.equal(batch.rows[0].status, 'failed');
    assert.match(batch.rows[0].message, /interrupted/);
  });

  it('stores a file once when two loads of it run at the same time', async () => {
    const file = await paymentsFile('twice.csv', 20_000, 'T');
    const [a, b] = await Promise.all([
      ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' }),
      ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'upload' }),
    ]);
    assert.deepEqual([a.status, b.status], ['succeeded', 'succeeded']);
    assert.equal(a.rowsInserted + b.rowsInserted, 20_000);
    assert.equal(a.rowsUnchanged + b.rowsUnchanged, 20_000);
    assert.equal(await count(`payments WHERE voucher_no LIKE 'T%'`), 20_000);
    assert.ok(a.sameFileAs !== null || b.sameFileAs !== null, 'the second load knows the file was loaded');
  });

  it('does not mark a batch that is still running in another session as interrupted', async () => {
    const file = await paymentsFile('slow.csv', 150_000, 'W');
    const running = ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    while ((await count(`ingest_batches WHERE status = 'running'`)) === 0) await sleep(10);
    await sleep(100);
    assert.equal(await markInterruptedBatches(database.pool), 0);
    assert.equal((await running).status, 'succeeded');
  });
});
