// `npm run test:e2e`: the user journeys in Debian's Chromium against the real server on fresh
// embedded databases. Needs the client built (npm test does that first).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './lib.mjs';

const filter = process.argv.slice(2);
const specs = readdirSync(path.join(ROOT, 'e2e'))
  .filter((name) => name.endsWith('.spec.ts') && (filter.length === 0 || filter.some((f) => name.includes(f))))
  .map((name) => path.join('e2e', name));
const code = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...specs], {
  env: { CHROME_BIN: '/usr/bin/chromium', ...process.env },
});
process.exit(code);
