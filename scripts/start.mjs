// `npm start`: set up what is missing, then run the server (embedded PostgreSQL unless
// DATABASE_URL is set). Ctrl-C reaches the server, which stops PostgreSQL before exiting.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureAll } from './ensure-install.mjs';
import { ROOT } from './lib.mjs';

await ensureAll({ client: true });

const server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
// The terminal sends Ctrl-C to the whole process group; the server handles it, this script waits.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
}
server.on('close', (code) => process.exit(code ?? 0));
