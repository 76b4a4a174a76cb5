// `npm run db:migrate`: applies the Prisma migrations (offline) to DATABASE_URL, or to the embedded
// PostgreSQL under DATA_DIR when it is not set, then stops.
import { parseEnv } from '../env';
import { createLogger } from '../logger';
import { applyMigrations } from './migrate';
import { resolveDatabase } from './resolve-database';

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await resolveDatabase(env, logger);
try {
  await applyMigrations(database.databaseUrl, logger);
} finally {
  await database.stop();
}
