import pg from 'pg';
import { applyMigrations } from '../db/migrate';
import { tidyPaymentPartitions } from '../ingest/payment-partitions';
import { resolveDatabase } from '../db/resolve-database';
import { parseEnv } from '../env';
import { createLogger } from '../logger';

/** Runs `work` with a pool on the configured (or embedded) database, migrated. */
export async function withPool<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const database = await resolveDatabase(env, logger);
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  try {
    await applyMigrations(database.databaseUrl, logger);
    await tidyPaymentPartitions(pool);
    return await work(pool);
  } finally {
    await pool.end();
    await database.stop();
  }
}
