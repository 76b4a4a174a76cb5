// `npm test`: set up what is missing, then run every check — lint, types, server tests against a
// real PostgreSQL, Karma in Chromium, end-to-end journeys — and fail if any fails. All suites run
// even after a failure, so one run shows everything that is wrong.
import { ensureAll } from './ensure-install.mjs';
import { bin, run } from './lib.mjs';

await ensureAll({ client: true });

const npmRun = (script) => ['npm', ['run', '--silent', script]];
const suites = [
  ['lint', ...npmRun('lint')],
  ['types', ...npmRun('typecheck')],
  ['server', ...npmRun('test:server')],
  ['client (karma)', bin('ng'), ['test', '--watch=false', '--no-progress']],
  ['e2e (playwright)', ...npmRun('test:e2e')],
];

const env = { ...process.env, CHROME_BIN: process.env.CHROME_BIN ?? '/usr/bin/chromium', NG_CLI_ANALYTICS: 'false' };
const results = [];
for (const [name, command, args] of suites) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const code = await run(command, args, { env });
  results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
