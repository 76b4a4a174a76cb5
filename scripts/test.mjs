// `npm test`: set up what is missing, then run every check — lint, types, server tests against a
// real PostgreSQL, Karma in Chromium, end-to-end journeys — and fail if any fails. All suites run
// even after a failure, so one run shows everything that is wrong. The failures of each failed suite
// are printed again after the summary, where a reader of the log's tail (CI) sees them.
import { ensureAll } from './ensure-install.mjs';
import { bin, runCapturingTail } from './lib.mjs';

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
  const { code, tail } = await runCapturingTail(command, args, { env });
  results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000), tail });
}

const MAX_REPLAYED_LINES = 120;
/** What to show again of a failed suite: node's test runner lists its failures last; else the tail. */
function failureExcerpt(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const start = lines.findLastIndex((line) => /^✖ failing tests:/.test(line.trim()));
  const excerpt = start >= 0 ? lines.slice(start) : lines;
  return excerpt.slice(0, start >= 0 ? MAX_REPLAYED_LINES : undefined).slice(-MAX_REPLAYED_LINES).join('\n');
}
for (const r of results.filter((result) => !result.ok)) {
  console.log(`\n━━ failures of ${r.name}, again ━━\n${failureExcerpt(r.tail)}`);
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
