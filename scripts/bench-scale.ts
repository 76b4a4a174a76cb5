// `npm run bench [payments …]`: the scale table of docs/benchmarks.md. For each size (default 1M, 5M
// and 10M payments, the other feeds of the demo city scaled with them; generated deterministically
// from one seed) it runs, each in its own process on a fresh embedded PostgreSQL:
//   bench:ingest  — the pipeline's first load against a bare `psql \copy` of the same file;
//   bench:detect  — full detection, and the incremental run after a one-day batch;
//   bench:api     — the dashboard queries from 20 concurrent clients while payment batches keep
//                   arriving in the inbox, the server's peak RSS and the database size.
// and prints one Markdown table (plus each script's own output above it). Takes about 40 minutes for
// the three default sizes on a 2-core machine; run it on a quiet one.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine } from './bench-support';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 10_000))
  throw new Error('usage: npm run bench [payments …], each at least 10000');
if (sizes.length === 0) sizes.push(1_000_000, 5_000_000, 10_000_000);

interface IngestFigures {
  payments: number;
  bareCopyMs: number;
  ceilingMs: number;
  firstLoadMs: number;
  reloadMs: number;
  peakRssMiB: number;
}
interface DetectFigures {
  payments: number;
  fullMs: number;
  incrementalMs: number;
  dayBatchRows: number;
}
interface ApiFigures {
  payments: number;
  batchesDuring: number;
  serverPeakRssMiB: number | null;
  databaseMiBPerMillion: number;
  paymentsMiBPerMillion: number;
  queries: { query: string; p50: number; p95: number }[];
}

const work = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-bench-scale-'));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const run = async <T>(script: string, extra: string[] = []): Promise<T> => {
      const json = path.join(work, `${script}-${size}.json`);
      console.log(`\n## ${script} ${size.toLocaleString('en-US')}\n`);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'scripts', `${script}.ts`), String(size), '--json', json, ...extra],
        {
          cwd: ROOT,
          stdio: 'inherit',
        },
      );
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      if (code !== 0) throw new Error(`${script} ${size} exited with ${code}`);
      return JSON.parse(await readFile(json, 'utf8')) as T;
    };
    const ingest = await run<IngestFigures>('bench-ingest');
    const detect = await run<DetectFigures>('bench-detect');
    const api = await run<ApiFigures>('bench-api', ['--during-ingest']);
    const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
    const worst = [...api.queries].sort((a, b) => b.p95 - a.p95)[0]!;
    const p50s = api.queries.map((q) => q.p50).sort((a, b) => a - b);
    rows.push(
      [
        ingest.payments.toLocaleString('en-US'),
        `${perSecond(ingest.payments, ingest.firstLoadMs)} (${(ingest.firstLoadMs / 1000).toFixed(1)} s)`,
        `${perSecond(ingest.payments, ingest.bareCopyMs)} (${Math.round((ingest.bareCopyMs / ingest.firstLoadMs) * 100)}%)`,
        `${(detect.fullMs / 1000).toFixed(1)} s`,
        `${(detect.incrementalMs / 1000).toFixed(2)} s`,
        `${p50s[Math.floor(p50s.length / 2)]} / ${worst.p95} (${worst.query})`,
        `${api.batchesDuring}`,
        `${api.serverPeakRssMiB ?? '?'} MiB`,
        `${ingest.peakRssMiB} MiB`,
        `${api.databaseMiBPerMillion} (${api.paymentsMiBPerMillion})`,
      ].join(' | '),
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

console.log(`\n## Scale table\n\nMachine: ${machineLine()}\n`);
console.log(
  '| payments | ingest rows/s (first load) | bare psql \\copy rows/s (pipeline share) | full detection | incremental detection | dashboard p50 median / worst p95 ms, during ingest | batches dropped in the inbox meanwhile | server peak RSS (serving and ingesting) | ingest process peak RSS | DB MiB per 1M payments (payments + sums) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);
