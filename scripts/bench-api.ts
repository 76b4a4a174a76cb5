// `npm run bench:api [payments]`: dashboard query latency on the demo city with about 1,000,000
// payments (or the number given). Starts the real server (as `npm start` does, embedded PostgreSQL,
// demo data loaded through the ingest path) in its own process with a fresh data folder, signs in as
// committee staff of the city, then sends each dashboard query from 20 concurrent keep-alive clients
// for a fixed time and reports p50 / p95 / p99 / max latency and throughput. Figures go to
// docs/benchmarks.md by hand, never into tests.
import { freshDataDir, startServer } from '../e2e/support/server-process';
import { provisionAccounts } from '../e2e/support/accounts';

const wantedPayments = Number(process.argv[2] ?? 1_000_000);
const CLIENTS = 20;
const SECONDS_PER_QUERY = Number(process.env['BENCH_SECONDS'] ?? 8);
// The demo generator makes ~1.91 payments per paymentsPerYear unit (a full year and most of the next).
const perYear = Math.ceil(wantedPayments / 1.91);

const started = performance.now();
const server = await startServer({
  dataDir: await freshDataDir(),
  env: { DEMO_PAYMENTS_PER_YEAR: String(perYear), LOG_LEVEL: 'warn' },
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

  console.log(`\n${CLIENTS} concurrent clients, ${SECONDS_PER_QUERY} s per query\n`);
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
  }
} finally {
  await server.interrupt();
}
