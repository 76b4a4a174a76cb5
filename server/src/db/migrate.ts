import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../env';
import type { Logger } from '../logger';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma/migrations');

/**
 * Applies pending Prisma migrations with `prisma migrate deploy` (offline WebAssembly engine, see
 * prisma.config.ts). The CLI costs about 11 s even with nothing to do, so the applied set is
 * compared first and the CLI runs only when a migration is missing or was edited.
 */
export async function applyMigrations(databaseUrl: string, logger: Logger): Promise<void> {
  const pending = await findPendingMigrations(databaseUrl);
  if (pending.length === 0) return;
  logger.info({ pending }, 'applying database migrations');
  await runPrismaCli(['migrate', 'deploy'], databaseUrl);
}

export async function findPendingMigrations(databaseUrl: string): Promise<string[]> {
  const local = await readLocalMigrations();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ t: string | null }>("SELECT to_regclass('public._prisma_migrations')::text AS t");
    if (table.rows[0]?.t === null) return local.map((m) => m.name);
    const applied = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Map(applied.rows.map((row) => [row.migration_name, row.checksum]));
    return local.filter((m) => done.get(m.name) !== m.checksum).map((m) => m.name);
  } finally {
    await client.end();
  }
}

async function readLocalMigrations(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'));
      // Prisma stores the SHA-256 of the file's bytes as the checksum.
      return { name, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

const FINISHED = /All migrations have been successfully applied|No pending migrations to apply|Generated Prisma Client/;

/** Runs the Prisma CLI of this project against a database, failing with its output. */
export function runPrismaCli(args: string[], databaseUrl: string): Promise<void> {
  const cli = path.join(PROJECT_ROOT, 'node_modules/prisma/build/index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        // Stops the CLI from fetching a native query engine it does not use (shared/STACK.md).
        PRISMA_QUERY_ENGINE_LIBRARY: path.join(PROJECT_ROOT, 'package.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    // `migrate deploy` finishes its work in about a second and then idles ~10 s before exiting;
    // once it has printed its final verdict there is nothing left to wait for.
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (FINISHED.test(output)) setTimeout(() => child.kill('SIGTERM'), 200).unref();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 || FINISHED.test(output) ? resolve() : reject(new Error(`prisma ${args.join(' ')} failed (${code}): ${output.slice(-2000)}`)),
    );
  });
}
