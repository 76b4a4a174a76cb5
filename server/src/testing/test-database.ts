import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../db/prisma';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  db: Db;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, cloned from the template that
 * scripts/run-server-tests.ts migrated once (CREATE DATABASE … TEMPLATE takes milliseconds).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['TEST_PG_ADMIN_URL'];
  const template = process.env['TEST_PG_TEMPLATE'];
  if (!adminUrl || !template) throw new Error('run server tests with `npm run test:server` (it provides the database)');
  const name = `bw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Identifiers cannot be parameters: both names are generated here, [a-z0-9_] only.
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();

  const url = withDatabase(adminUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = createDb(url);
  return {
    url,
    pool,
    db,
    drop: async () => {
      await db.$disconnect();
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      // pool.end() resolves once its clients are asked to close, not once they have: a FORCE drop
      // meanwhile would kill a closing connection, whose error then has no listener left (an
      // uncaught exception in whatever test runs next). Wait for them to go first (a few ms).
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 10))) {
        const open = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (open.rows[0]!.n === 0) break;
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
