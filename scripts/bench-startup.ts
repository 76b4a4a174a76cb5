// `npm run bench:startup`: time from launching the server to a served page, on a fresh data folder
// (first start: initdb, migrations, reference data, demo city generated and ingested) and again on
// the same folder (later start). Install and client build are excluded (done before timing).
// Prints a Markdown table for docs/benchmarks.md.
import os from 'node:os';
import { rm } from 'node:fs/promises';
import { freshDataDir, startServer } from '../e2e/support/server-process';

async function timeToPage(dataDir: string): Promise<{ ms: number; phases: string; stop: () => Promise<number | null> }> {
  const started = performance.now();
  const server = await startServer({ dataDir, timeoutMs: 300_000 });
  const response = await fetch(server.url);
  if (!response.ok || !(await response.text()).includes('<bw-root')) throw new Error(`page not served: ${response.status}`);
  const ms = Math.round(performance.now() - started);
  const phases = /"timings":(\{[^}]*\})/.exec(server.output())?.[1] ?? '';
  return { ms, phases, stop: () => server.interrupt() };
}

const runs = Number(process.argv[2] ?? 3);
const rows: string[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = await freshDataDir();
  const first = await timeToPage(dataDir);
  await first.stop();
  const later = await timeToPage(dataDir);
  await later.stop();
  await rm(dataDir, { recursive: true, force: true });
  rows.push(`| ${i + 1} | ${(first.ms / 1000).toFixed(1)} s | ${(later.ms / 1000).toFixed(2)} s | \`${first.phases}\` | \`${later.phases}\` |`);
  console.error(`run ${i + 1}: first ${first.ms} ms, later ${later.ms} ms`);
}
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| run | first start → page | later start → page | first start phases (ms) | later start phases (ms) |');
console.log('|---|---|---|---|---|');
console.log(rows.join('\n'));
