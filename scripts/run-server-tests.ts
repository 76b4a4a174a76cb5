// `npm run test:server`: server tests (node's test runner) against a real PostgreSQL — the server
// of DATABASE_URL when set, otherwise an embedded one in a temporary folder. The schema is migrated
// once into a template database; each test file clones it.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres';
import { runPrismaCli } from '../server/src/db/migrate';
import { PROJECT_ROOT } from '../server/src/env';
import { createLogger } from '../server/src/logger';
import { withDatabase } from '../server/src/testing/test-database';

async function findTests(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts') && !e.parentPath.includes('generated'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const logger = createLogger('warn');
const filter = process.argv.slice(2);
const tests = (await findTests(path.join(PROJECT_ROOT, 'server/src'))).filter(
  (file) => filter.length === 0 || filter.some((f) => file.includes(f)),
);

let adminUrl = process.env['DATABASE_URL'];
let stopEmbedded = (): Promise<void> => Promise.resolve();
let tempDir: string | undefined;
if (!adminUrl) {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-test-'));
  const embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), logger });
  adminUrl = embedded.databaseUrl;
  stopEmbedded = () => embedded.stop();
}

const template = `bw_template_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${template}`);
await admin.query(`CREATE DATABASE ${template}`);
let code = 1;
try {
  await runPrismaCli(['migrate', 'deploy'], withDatabase(adminUrl, template));
  code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...tests], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, TEST_PG_ADMIN_URL: adminUrl, TEST_PG_TEMPLATE: template, LOG_LEVEL: 'silent' },
    });
    child.on('close', (exit) => resolve(exit ?? 1));
  });
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
  await stopEmbedded();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}
process.exit(code);
