// `npm run bench:detect [payments]`: detection at city scale. Generates the demo city with about
// 1,000,000 payments (or the number given) and every other feed, loads it through the ingest path,
// then times:
//   1. a full detection run (every rule, as-of the latest payment date), rule by rule;
//   2. the same run again (nothing changes: the reconcile path alone);
//   3. an incremental run after a one-day payment batch (the last day's payments again, as new
//      vouchers on the next working day), as the server runs it after every batch.
// Uses DATABASE_URL when set (a scratch database is created and dropped), otherwise an embedded
// PostgreSQL in a temp folder. Figures go to docs/benchmarks.md by hand, never into tests.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Decimal from 'decimal.js';
import pg from 'pg';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres';
import { runPrismaCli } from '../server/src/db/migrate';
import { detectAfterIngest } from '../server/src/detect/detect-after-ingest';
import { runDetection, type DetectionSummary } from '../server/src/detect/run-detection';
import { PROJECT_ROOT } from '../server/src/env';
import { FEEDS, findFeed } from '../server/src/ingest/feeds/feed-registry';
import { ingestFile } from '../server/src/ingest/ingest-file';
import { createLogger } from '../server/src/logger';
import { loadReferenceData } from '../server/src/reference/load-reference-data';
import { withDatabase } from '../server/src/testing/test-database';
import { freePort } from '../e2e/support/server-process';
import { benchArgs, writeBenchJson } from './bench-support';

const args = benchArgs();
const wantedPayments = args.payments;
const logger = createLogger('warn');
const tempDir = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-bench-detect-'));

let adminUrl = process.env['DATABASE_URL'];
let stopEmbedded = (): Promise<void> => Promise.resolve();
if (!adminUrl) {
  const embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), logger });
  adminUrl = embedded.databaseUrl;
  stopEmbedded = () => embedded.stop();
}
const database = `bw_bench_detect_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const url = withDatabase(adminUrl, database);
const pool = new pg.Pool({ connectionString: url, max: 4 });
// DROP DATABASE … WITH (FORCE) at the end ends idle connections; that is expected here.
pool.on('error', () => undefined);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

function printRun(title: string, summary: DetectionSummary, totalMs: number) {
  const found = summary.rules.reduce((sum, r) => sum + r.found, 0);
  console.log(`\n${title}: ${seconds(totalMs)} s, ${summary.rules.length} rules, ${found} findings (as of ${summary.asOf})`);
  for (const rule of [...summary.rules].sort((a, b) => b.ms - a.ms)) {
    console.log(`  ${rule.code.padEnd(15)} ${String(rule.ms).padStart(6)} ms  found ${rule.found}  new ${rule.created}  updated ${rule.updated}  resolved ${rule.resolved}`);
  }
}

try {
  await runPrismaCli(['migrate', 'deploy'], url);
  await loadReferenceData(pool, logger);

  // ~1.91 payments per paymentsPerYear unit (a full 2025, and 2026 to 20 November); a child process
  // keeps the generator's memory apart.
  const generator = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/demo/cli.ts'), path.join(tempDir, 'demo'), '20261125', String(Math.ceil(wantedPayments / 1.91))],
    { encoding: 'utf8', cwd: PROJECT_ROOT },
  );
  if (generator.status !== 0) throw new Error(generator.stderr);
  const files = new Map(
    generator.stdout
      .split('\n')
      .map((line) => /^(\w+)\s+(\d+)\s+(\S.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, { rows: Number(m[2]), path: m[3]! }]),
  );
  const loadStarted = performance.now();
  for (const feed of FEEDS) {
    const file = files.get(feed.name);
    if (!file) continue;
    const result = await ingestFile(pool, { feed, filePath: file.path, source: 'cli' });
    if (result.status !== 'succeeded') throw new Error(`${feed.name} did not load`);
  }
  const counts = await pool.query<{ payments: number; lines: number }>(
    'SELECT (SELECT count(*)::int FROM payments) AS payments, (SELECT count(*)::int FROM budget_lines) AS lines',
  );
  console.log(`loaded ${counts.rows[0]!.payments.toLocaleString('en-US')} payments, ${counts.rows[0]!.lines.toLocaleString('en-US')} budget lines and the other feeds in ${seconds(performance.now() - loadStarted)} s`);

  let started = performance.now();
  const full = await runDetection(pool);
  const fullMs = performance.now() - started;
  printRun('1. full detection, first run', full, fullMs);

  started = performance.now();
  const again = await runDetection(pool);
  const unchangedMs = performance.now() - started;
  printRun('2. full detection, unchanged data', again, unchangedMs);

  // 3. One day of payments: the last day's rows again as new vouchers on the next working day.
  const lastDay = full.asOf;
  const nextDay = await nextWorkingDay(lastDay);
  const dayFile = path.join(tempDir, 'one-day.csv');
  const dayRows = await copyDay(files.get('payments')!.path, lastDay, nextDay, dayFile);
  started = performance.now();
  const batch = await ingestFile(pool, { feed: findFeed('payments')!, filePath: dayFile, source: 'cli' });
  const ingestMs = performance.now() - started;
  if (batch.status !== 'succeeded') throw new Error('the one-day batch did not load');
  started = performance.now();
  const incremental = await detectAfterIngest(pool, { feed: 'payments', ...batch });
  const incrementalMs = performance.now() - started;
  console.log(`\none-day batch: ${dayRows} payments on ${nextDay}, loaded in ${seconds(ingestMs)} s`);
  if (incremental) printRun('3. incremental detection after the one-day batch', incremental, incrementalMs);
  await writeBenchJson(args, {
    payments: counts.rows[0]!.payments,
    fullMs: Math.round(fullMs),
    unchangedMs: Math.round(unchangedMs),
    dayBatchRows: dayRows,
    dayBatchLoadMs: Math.round(ingestMs),
    incrementalMs: Math.round(incrementalMs),
    findings: full.rules.reduce((sum, r) => sum + r.found, 0),
  });
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  await stopEmbedded();
  await rm(tempDir, { recursive: true, force: true });
}

async function nextWorkingDay(date: string): Promise<string> {
  const { default: chineseDays } = await import('chinese-days');
  let day = new Date(`${date}T00:00:00Z`);
  do day = new Date(day.getTime() + 86_400_000);
  while (!chineseDays.isWorkday(day.toISOString().slice(0, 10)));
  return day.toISOString().slice(0, 10);
}

/** Writes the payments of `from` again, dated `to`, with new voucher numbers and amounts one fen higher. */
async function copyDay(source: string, from: string, to: string, target: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
  let header: string[] | undefined;
  const out: string[] = [];
  for await (const line of lines) {
    if (!header) {
      header = line.replace(/^\uFEFF/, '').split(',');
      out.push(line.replace(/^\uFEFF/, ''));
      continue;
    }
    // Quoted cells (a comma in a purpose text) are rare in the demo: those rows are left out here.
    if (line.includes('"')) continue;
    const cells = line.split(',');
    if (cells[header.indexOf('pay_date')] !== from) continue;
    cells[header.indexOf('voucher_no')] = `${cells[header.indexOf('voucher_no')]}-N`;
    cells[header.indexOf('pay_date')] = to;
    const amount = header.indexOf('amount');
    cells[amount] = new Decimal(cells[amount]!).plus('0.01').toFixed(2);
    out.push(cells.join(','));
  }
  await writeFile(target, out.join('\n'));
  return out.length - 1;
}
