import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHttpServer } from '../http/create-http-server';
import { createLogger } from '../logger';
import { createServices } from '../trpc/context';
import { createTestDatabase, type TestDatabase } from './test-database';

export type HttpServer = Awaited<ReturnType<typeof createHttpServer>>;

export interface TestServer {
  database: TestDatabase;
  app: HttpServer;
  close(): Promise<void>;
}

/**
 * The real HTTP server (sessions, CSRF, every route) on a fresh test database holding the region
 * tree 390000 江南省 → 390100 临江市 → 390102 城东区 and 390121 清溪县; no client build, uploads to a
 * temporary folder removed by close().
 */
export async function startTestServer(options: { uploadLimitBytes?: number } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bw-server-'));
  await database.pool.query(`INSERT INTO regions (region_code, region_name, parent_code, level) VALUES
    ('390000', '江南省', NULL, 'province'), ('390100', '临江市', '390000', 'city'), ('390102', '城东区', '390100', 'county'), ('390121', '清溪县', '390100', 'county')`);
  const app = await createHttpServer({
    services: createServices({ db: database.db, pool: database.pool }),
    logger: createLogger('silent'),
    clientDist: path.join(dir, 'no-client'),
    uploadDir: dir,
    uploadLimitBytes: options.uploadLimitBytes ?? 4096,
  });
  return {
    database,
    app,
    close: async () => {
      await app.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TrpcReply<T> {
  status: number;
  body: string;
  /** The procedure's result (undefined when it failed). */
  data: T;
  /** The bilingual error message ("zh / en") when it failed. */
  message?: string;
}

/** Calls a procedure over HTTP as the browser does: a query by GET, a mutation by POST, with the given session headers. */
export async function callTrpc<T = unknown>(
  app: Pick<HttpServer, 'inject'>,
  procedure: string,
  input: unknown,
  headers: Record<string, string>,
  method: 'GET' | 'POST' = 'GET',
): Promise<TrpcReply<T>> {
  const response =
    method === 'GET'
      ? await app.inject({ method, url: `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, headers })
      : await app.inject({ method, url: `/trpc/${procedure}`, payload: JSON.stringify(input), headers: { ...headers, 'content-type': 'application/json' } });
  const body = response.json<{ result?: { data: T }; error?: { message: string } }>();
  return { status: response.statusCode, body: response.body, data: body.result?.data as T, message: body.error?.message };
}
