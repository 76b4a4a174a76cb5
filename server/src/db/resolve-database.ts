import path from 'node:path';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(env: Env, logger: Logger): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  const database = await startEmbeddedPostgres({
    dataDir: path.resolve(env.DATA_DIR),
    port: env.EMBEDDED_PG_PORT,
    logger,
  });
  return { ...database, embedded: true };
}
