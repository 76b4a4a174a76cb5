import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Project root: two levels above server/src. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** An external PostgreSQL; when absent the embedded one is started. */
  DATABASE_URL: z.url().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4200),
  /** Where the embedded database, the inbox and other runtime files live. */
  DATA_DIR: z.string().default(path.join(PROJECT_ROOT, '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Load the demo city into an empty database. */
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  /** Payments per fiscal year in the demo city. */
  DEMO_PAYMENTS_PER_YEAR: z.coerce.number().int().min(1000).max(10_000_000).default(150_000),
  /** Largest file the dashboard may upload; bigger files go through the inbox folder or the CLI. */
  UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(100_000).default(2048),
  /** How often the inbox folder (DATA_DIR/inbox/<feed>/) is scanned; 0 turns the watcher off. */
  INBOX_POLL_SECONDS: z.coerce.number().min(0).max(86_400).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Built Angular app to serve. */
  CLIENT_DIST: z.string().default(path.join(PROJECT_ROOT, 'dist/client/browser')),
});

export type Env = z.infer<typeof envSchema>;

/** Parses process.env once; a bad value stops the start with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`环境变量无效 / invalid environment: ${problems}`);
  }
  return result.data;
}
