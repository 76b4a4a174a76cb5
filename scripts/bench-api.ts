// `npm run bench:api [payments]`: dashboard query latency on the demo city with about 1,000,000
// payments (or the number given). Starts the real server (as `npm start` does, embedded PostgreSQL,
// demo data loaded through the ingest path) in its own process with a fresh data folder, signs in as
// committee staff of the city, then sends each dashboard query from 20 concurrent keep-alive clients
// for a fixed time and reports p50 / p95 / p99 / max latency and throughput. With --during-ingest,
// batches of new payments (a tenth of the city's, 100,000 at most; the demo's own rows under new voucher numbers) keep
// arriving in the server's inbox folder the whole time, so every query is measured while the server
// ingests, keeps its sums and runs detection after each batch. Also reports the server's peak RSS and
// the database size per million payments. Figures go to docs/benchmarks.md by hand, never into tests.
import { freshDataDir, startServer } from '../e2e/support/server-process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import pg from 'pg';
import { provisionAccounts } from '../e2e/support/accounts';
import { benchArgs, machineLine, peakRssMiB, resetPeakRss, writeBenchJson } from './bench-support';

const args = benchArgs();
const wantedPayments = args.payments;
const CLIENTS = 20;
const SECONDS_PER_QUERY = Number(process.env['BENCH_SECONDS'] ?? 8);
// The demo generator makes ~1.91 payments per paymentsPerYear unit (a full year and most of the next).
const perYear = Math.ceil(wantedPayments / 1.91);

const started = performance.now();
const server = await startServer({
  dataDir: await freshDataDir(),
  env: { DEMO_PAYMENTS_PER_YEAR: String(perYear), LOG_LEVEL: 'warn', INBOX_POLL_SECONDS: '1' },
  timeoutMs: 30 * 60_000,
});
console.log(`server with the demo city (${perYear.toLocaleString('en-US')} payments a year) ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);

try {
  const accounts = await provisionAccounts(server, ['staff']);
  const login = await fetch(new URL('api/auth/login', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(accounts.staff),
  });
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('bw_session='))!.split(';')[0]!;
  const get = async <T>(procedure: string, input?: unknown): Promise<T> => {
    const response = await fetch(trpcUrl(procedure, input), { headers: { cookie } });
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { result: { data: T } }).result.data;
  };
  const trpcUrl = (procedure: string, input?: unknown) =>
    new URL(`trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, server.url);

  const { defaultRegionCode: city } = await get<{ defaultRegionCode: string }>('reference.summary');
  const fiscalYear = 2026;
  const scope = { regionCode: city, fiscalYear };
  const ranking = await get<{ agencies: { agencyCode: string; payments: number }[] }>('execution.agencies', scope);
  const busiest = [...ranking.agencies].sort((a, b) => b.payments - a.payments)[0]!;
  const counts = await get<{ books: unknown[] }>('overview.get', scope);
  void counts;
  console.log(`city ${city}, ${ranking.agencies.length} agencies; busiest ${busiest.agencyCode} with ${busiest.payments} payments in ${fiscalYear}`);

  const queries: [string, string, unknown][] = [
    ['overview.get', 'overview.get', scope],
    ['reference.summary', 'reference.summary', undefined],
    ['alerts.list (page 1)', 'alerts.list', { ...scope, page: 1, pageSize: 50 }],
    ['execution.agencies', 'execution.agencies', scope],
    ['execution.monthly', 'execution.monthly', scope],
    ['execution.functions', 'execution.functions', scope],
    ['execution.lines (busiest agency)', 'execution.lines', { ...scope, agencyCode: busiest.agencyCode }],
    ['execution.payments (busiest, page 1)', 'execution.payments', { ...scope, agencyCode: busiest.agencyCode }],
    ['execution.payments (by amount, page 20)', 'execution.payments', { ...scope, agencyCode: busiest.agencyCode, sort: 'amount', page: 20 }],
    ['execution.payments (payee + amount filter)', 'execution.payments', { ...scope, agencyCode: busiest.agencyCode, payee: '公司', minAmount: '10000.00' }],
  ];

  // Start-up (the demo city generated and loaded in the server's own process) is not what is measured.
  const rssReset = await resetPeakRss(server.child.pid);
  const batchRows = Math.max(1_000, Math.min(100_000, Math.round(wantedPayments / 10)));
  const feeder = args.duringIngest ? feedInbox(server.dataDir, path.join(server.dataDir, `demo-${perYear}`, 'payments.csv'), batchRows) : null;
  console.log(`\nMachine: ${machineLine()}`);
  console.log(`${CLIENTS} concurrent clients, ${SECONDS_PER_QUERY} s per query${feeder ? `, while batches of ${batchRows.toLocaleString('en-US')} payments keep arriving in the inbox` : ''}\n`);
  const figures: { query: string; requests: number; p50: number; p95: number; p99: number; max: number; failed: number }[] = [];
  console.log('| query | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, procedure, input] of queries) {
    const url = trpcUrl(procedure, input);
    await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer()); // warm up once
    const latencies: number[] = [];
    let failures = 0;
    const until = performance.now() + SECONDS_PER_QUERY * 1000;
    const begin = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < until) {
          const sent = performance.now();
          const response = await fetch(url, { headers: { cookie } });
          await response.arrayBuffer();
          if (!response.ok) failures++;
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const elapsed = (performance.now() - begin) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!.toFixed(0);
    console.log(
      `| ${label} | ${latencies.length} | ${(latencies.length / elapsed).toFixed(0)} | ${at(50)} | ${at(95)} | ${at(99)} | ${latencies.at(-1)!.toFixed(0)} |${failures ? ` ${failures} failed` : ''}`,
    );
    figures.push({ query: label, requests: latencies.length, p50: Number(at(50)), p95: Number(at(95)), p99: Number(at(99)), max: Math.round(latencies.at(-1)!), failed: failures });
  }
  const batches = feeder ? await feeder.stop() : 0;
  const serverRss = await peakRssMiB(server.child.pid);
  const db = new pg.Client({ connectionString: await server.databaseUrl() });
  await db.connect();
  const size = await db.query<{ payments: number; bytes: string; payment_bytes: string }>(
    `SELECT (SELECT count(*)::int FROM payments) AS payments, pg_database_size(current_database())::text AS bytes,
            ((SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('payments')) + pg_total_relation_size('payment_keys')
              + pg_total_relation_size('payment_summary') + pg_total_relation_size('payment_agency_month'))::text AS payment_bytes`,
  );
  await db.end();
  const { payments, bytes, payment_bytes: paymentBytes } = size.rows[0]!;
  const perMillion = (b: string) => Math.round(Number(b) / 2 ** 20 / (payments / 1e6));
  if (feeder) console.log(`\n${batches} batches of ${batchRows.toLocaleString('en-US')} payments dropped into the inbox during the measurement`);
  console.log(`Server peak RSS${rssReset ? ' (since it was ready)' : ''}: ${serverRss ?? '?'} MiB. Database: ${Math.round(Number(bytes) / 2 ** 20)} MiB for ${payments.toLocaleString('en-US')} payments (${perMillion(bytes)} MiB per million; payments and their sums ${perMillion(paymentBytes)} MiB per million)`);
  await writeBenchJson(args, {
    payments,
    duringIngest: args.duringIngest,
    batchesDuring: batches,
    batchRows,
    serverPeakRssMiB: serverRss,
    databaseMiB: Math.round(Number(bytes) / 2 ** 20),
    databaseMiBPerMillion: perMillion(bytes),
    paymentsMiBPerMillion: perMillion(paymentBytes),
    queries: figures,
  });
} finally {
  await server.interrupt();
}

/**
 * Drops batches of new payments into the server's inbox, one after another (the next when
 * the last has been taken: moved to done/ or failed/), until stopped. Each batch is the demo's own
 * payments from its next rows on, as the payments of two years later: new voucher numbers, dates
 * moved by 104 weeks (same weekday) and only those that land on a working day, so that the
 * batches are new spending, not duplicates or holiday payments for the rules to flag.
 */
function feedInbox(dataDir: string, source: string, batchRows: number): { stop(): Promise<number> } {
  const inbox = path.join(dataDir, 'inbox', 'payments');
  let stopped = false;
  let fed = 0;
  const loop = (async () => {
    await mkdir(inbox, { recursive: true });
    const { default: chineseDays } = await import('chinese-days');
    const DAY_MS = 86_400_000;
    const moved = new Map<string, string | null>();
    const later = (date: string): string | null => {
      let found = moved.get(date);
      if (found === undefined) {
        const day = new Date(Date.parse(`${date}T00:00:00Z`) + 728 * DAY_MS).toISOString().slice(0, 10);
        found = chineseDays.isWorkday(day) ? day : null;
        moved.set(date, found);
      }
      return found;
    };
    const lines = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
    let header: string | undefined;
    let out: ReturnType<typeof createWriteStream> | null = null;
    let rows = 0;
    let staged = '';
    for await (const line of lines) {
      if (stopped) break;
      if (header === undefined) {
        header = line.replace(/^\uFEFF/, '');
        continue;
      }
      if (!out) {
        staged = path.join(dataDir, `bench-batch-${fed}.csv`);
        out = createWriteStream(staged);
        out.write(`${header}\n`);
      }
      // Voucher number and payment date are the first two columns, never quoted.
      const start = /^([^,]*),(\d{4}-\d{2}-\d{2}),/.exec(line);
      const date = start ? later(start[2]!) : null;
      if (!start || !date) continue;
      if (!out.write(`${start[1]}-B${fed},${date},${line.slice(start[0].length)}\n`)) await once(out, 'drain');
      if (++rows < batchRows) continue;
      out.end();
      await once(out, 'finish');
      const dropped = path.join(inbox, `batch-${fed}.csv`);
      await rename(staged, dropped);
      fed++;
      out = null;
      rows = 0;
      while (existsSync(dropped) && !stopped) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    lines.close();
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return fed;
    },
  };
}
