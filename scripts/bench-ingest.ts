// `npm run bench:ingest [payments]`: the ingest path against a bare COPY, side by side, on the same
// PostgreSQL. Generates the demo city with about 1,000,000 payments (or the number given), loads the
// reference feeds, then times:
//   1. the baseline: the payments CSV streamed into `COPY … FROM STDIN (FORMAT csv, HEADER)` of an
//      unindexed (ordinary, logged) table with the payments columns — what `psql \copy` does (psql
//      itself is used when it is on PATH); then the same copy into a table with the payments
//      table's indexes: the ceiling that no pipeline into that table can pass;
//   2. `ingestInWorker` (the CLI, upload and inbox path: ingestFile in a worker thread with a capped
//      heap) of the same file into the real, indexed payments table (validation, staging,
//      duplicate and reference checks, upsert, change log): a first load (all rows new);
//   3. the same file again (all rows unchanged, the idempotent path).
// Reports rows/s, the ratio to the baseline and the peak RSS of this process. Uses DATABASE_URL when
// set (a scratch database is created and dropped), otherwise an embedded PostgreSQL in a temp folder.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres';
import { runPrismaCli } from '../server/src/db/migrate';
import { PROJECT_ROOT } from '../server/src/env';
import { findFeed } from '../server/src/ingest/feeds/feed-registry';
import { ingestFile, type IngestResult } from '../server/src/ingest/ingest-file';
import { ingestInWorker } from '../server/src/ingest/ingest-in-worker';
import { createLogger } from '../server/src/logger';
import { loadReferenceData } from '../server/src/reference/load-reference-data';
import { withDatabase } from '../server/src/testing/test-database';
import { freePort } from '../e2e/support/server-process';
import { benchArgs, machineLine, writeBenchJson } from './bench-support';

const args = benchArgs();
const wantedPayments = args.payments;
const logger = createLogger('warn');
const tempDir = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-bench-'));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);

let adminUrl = process.env['DATABASE_URL'];
let stopEmbedded = (): Promise<void> => Promise.resolve();
if (!adminUrl) {
  const embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), logger });
  adminUrl = embedded.databaseUrl;
  stopEmbedded = () => embedded.stop();
}
const database = `bw_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const url = withDatabase(adminUrl, database);
const pool = new pg.Pool({ connectionString: url, max: 2 });
// The database is dropped WITH (FORCE) at the end: a connection closed by that is no failure.
pool.on('error', () => undefined);

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');

try {
  await runPrismaCli(['migrate', 'deploy'], url);
  await loadReferenceData(pool, logger);

  // The demo writes ~1.91 payments per paymentsPerYear unit (a full 2025 and 2026 to 20 November).
  // Generated in a child process, so that the generator's memory does not count in this one's RSS.
  const generated = performance.now();
  const generator = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/demo/cli.ts'), path.join(tempDir, 'demo'), '20261125', String(Math.ceil(wantedPayments / 1.91))],
    { encoding: 'utf8', cwd: PROJECT_ROOT },
  );
  if (generator.status !== 0) throw new Error(generator.stderr);
  const files = generator.stdout
    .split('\n')
    .map((line) => /^(\w+)\s+(\d+)\s+(\S.*)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ feed: m[1]!, rows: Number(m[2]), path: m[3]! }));
  const generateMs = performance.now() - generated;
  const fileOf = (feed: string) => files.find((f) => f.feed === feed)!;
  for (const feed of ['regions', 'agencies', 'budget_lines']) {
    const result = await ingestFile(pool, { feed: findFeed(feed)!, filePath: fileOf(feed).path, source: 'cli' });
    if (result.status !== 'succeeded') throw new Error(`${feed} did not load`);
  }
  const payments = fileOf('payments');
  const bytes = (await stat(payments.path)).size;
  console.error(`generated ${payments.rows} payments (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${seconds(generateMs)} s`);

  // 1. Baseline: a bare COPY of the file into an unindexed table.
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_copy (LIKE payments INCLUDING DEFAULTS)`);
  await pool.query('ALTER TABLE bench_copy DROP COLUMN IF EXISTS batch_id');
  const copySql = `COPY bench_copy (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, project_code, line_id, payee_name, payee_account, payee_type, pay_method, settle_method, amount, purpose) FROM STDIN WITH (FORMAT csv, HEADER true)`;
  const psql = spawnSync('psql', ['--version'], { encoding: 'utf8' });
  const baselineTool = psql.status === 0 ? 'psql \\copy' : 'COPY FROM STDIN streamed by the client (psql not installed)';
  const bareCopy = async (sql: string) => {
    if (psql.status === 0) {
      const run = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${sql.replace('FROM STDIN', `FROM '${payments.path}'`).replace(/^COPY /, '')}`], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      return;
    }
    const client = await pool.connect();
    try {
      await pipeline(createReadStream(payments.path, { highWaterMark: 1 << 20 }), client.query(copyFrom(sql)));
    } finally {
      client.release();
    }
  };
  const baselineStart = performance.now();
  await bareCopy(copySql);
  const baselineMs = performance.now() - baselineStart;
  await pool.query('DROP TABLE bench_copy');
  await pool.query('CHECKPOINT');

  // 1b. The ceiling of any pipeline: the same bare copy into a table with the payments table's own
  // indexes (primary key included), i.e. what PostgreSQL alone costs for these rows.
  await pool.query(`CREATE TABLE bench_indexed (LIKE payments INCLUDING DEFAULTS INCLUDING INDEXES)`);
  const indexedStart = performance.now();
  await bareCopy(copySql.replace('bench_copy', 'bench_indexed'));
  const indexedMs = performance.now() - indexedStart;
  await pool.query('DROP TABLE bench_indexed');
  await pool.query('CHECKPOINT');

  // 2. and 3. The ingest pipeline, first load and reload. RSS is sampled from here on.
  const runs: { label: string; ms: number; result: IngestResult; rssBefore: number; peakRss: number }[] = [];
  for (const label of ['first load (all rows new)', 'same file again (all unchanged)']) {
    const rssBefore = process.memoryUsage.rss();
    peakRss = rssBefore;
    const started = performance.now();
    const result = await ingestInWorker(pool, { feed: findFeed('payments')!, filePath: payments.path, source: 'cli' });
    const ms = performance.now() - started;
    if (result.status !== 'succeeded') throw new Error(`payments failed: ${JSON.stringify(result.fileErrors.concat(result.rowErrors.slice(0, 3).map((e) => e.reason)))}`);
    runs.push({ label, ms, result, rssBefore, peakRss });
    await pool.query('CHECKPOINT');
  }

  console.log(`Machine: ${machineLine()}`);
  console.log(`File: ${payments.rows.toLocaleString('en-US')} payment rows, ${(bytes / 2 ** 20).toFixed(0)} MiB UTF-8 CSV\n`);
  console.log('| path | time | rows/s | vs bare COPY | inserted / updated / unchanged | read+copy / check / store s | RSS before → peak |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| bare ${baselineTool}, unindexed table | ${seconds(baselineMs)} s | ${rate(payments.rows, baselineMs)} | 100% | — | — | — |`);
  console.log(`| bare ${baselineTool}, table with the payments indexes (ceiling) | ${seconds(indexedMs)} s | ${rate(payments.rows, indexedMs)} | ${Math.round((baselineMs / indexedMs) * 100)}% | — | — | — |`);
  for (const run of runs) {
    const r = run.result;
    const t = r.timings;
    console.log(
      `| ingest in a worker thread, ${run.label} | ${seconds(run.ms)} s | ${rate(r.rowsRead, run.ms)} | ${Math.round((baselineMs / run.ms) * 100)}% | ${r.rowsInserted} / ${r.rowsUpdated} / ${r.rowsUnchanged} | ${seconds(t.readMs)} / ${seconds(t.checkMs)} / ${seconds(t.storeMs)} | ${mib(run.rssBefore)} → ${mib(run.peakRss)} MiB |`,
    );
  }
  const peak = Math.max(...runs.map((run) => run.peakRss));
  console.log(`\nPeak RSS of the ingesting process: ${mib(peak)} MiB`);
  await writeBenchJson(args, {
    payments: payments.rows,
    fileMiB: Math.round(bytes / 2 ** 20),
    bareCopyMs: Math.round(baselineMs),
    ceilingMs: Math.round(indexedMs),
    firstLoadMs: Math.round(runs[0]!.ms),
    reloadMs: Math.round(runs[1]!.ms),
    peakRssMiB: mib(peak),
  });
} finally {
  clearInterval(sampler);
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  await stopEmbedded();
  await rm(tempDir, { recursive: true, force: true });
}
