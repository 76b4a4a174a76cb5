import path from 'node:path';
import pg from 'pg';
import { tidyPaymentPartitions } from '../ingest/payment-partitions';
import { ensureInitialAdmin } from '../auth/users.service';
import type { Env } from '../env';
import { applyMigrations } from '../db/migrate';
import { createDb } from '../db/prisma';
import { resolveDatabase } from '../db/resolve-database';
import { createHttpServer } from '../http/create-http-server';
import type { Logger } from '../logger';
import { InboxWatcher } from '../ingest/inbox-watcher';
import { markInterruptedBatches } from '../ingest/ingest-file';
import { seedShippedPresets } from '../ingest/seed-presets';
import { loadReferenceData } from '../reference/load-reference-data';
import { createServices } from '../trpc/context';
import { seedDemoData } from './seed-demo-data';

export interface RunningApp {
  url: string;
  databaseUrl: string;
  /** Milliseconds from the call to a served page, by phase. */
  timings: Record<string, number>;
  /** Set on the first start only: the first administrator and the one-time password to print once. */
  initialAdmin: { username: string; password: string } | null;
  stop(): Promise<void>;
}

/**
 * Start-up in order: database (embedded or external) → migrations → reference data → demo data on
 * an empty database → HTTP. Each phase is timed; `npm run bench:startup` records the figures.
 */
export async function startApp(env: Env, logger: Logger): Promise<RunningApp> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark);
    mark = now;
  };

  const database = await resolveDatabase(env, logger);
  lap('database');
  try {
    await applyMigrations(database.databaseUrl, logger);
    lap('migrations');
    const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 4 });
    // An idle connection that the server closes (restart, admin command) must not crash the process.
    pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection closed'));
    const db = createDb(database.databaseUrl);
    const moved = await tidyPaymentPartitions(pool);
    if (moved.length > 0) logger.info({ years: moved }, 'payments moved into yearly partitions');
    await loadReferenceData(pool, logger);
    await seedShippedPresets(pool);
    const interrupted = await markInterruptedBatches(pool);
    if (interrupted > 0) logger.warn({ batches: interrupted }, 'ingest batches interrupted by an earlier stop marked failed');
    lap('reference');
    if (env.DEMO_DATA === 'auto') await seedDemoData(pool, { logger, dataDir: env.DATA_DIR, paymentsPerYear: env.DEMO_PAYMENTS_PER_YEAR });
    lap('demo');
    const initialAdmin = await ensureInitialAdmin(pool);

    const app = await createHttpServer({
      services: createServices({ db, pool, logger }),
      logger,
      clientDist: env.CLIENT_DIST,
      uploadDir: path.join(env.DATA_DIR, 'uploads'),
      uploadLimitBytes: env.UPLOAD_LIMIT_MB * 2 ** 20,
    });
    const address = await app.listen({ host: env.HOST, port: env.PORT });
    lap('http');
    const inbox = new InboxWatcher(pool, { inboxDir: path.join(env.DATA_DIR, 'inbox'), logger, pollMs: env.INBOX_POLL_SECONDS * 1000 });
    if (env.INBOX_POLL_SECONDS > 0) await inbox.start();
    return {
      url: `${address.replace('[::1]', 'localhost')}/`,
      databaseUrl: database.databaseUrl,
      timings,
      initialAdmin,
      stop: async () => {
        await inbox.stop();
        await app.close();
        await db.$disconnect();
        await pool.end();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
