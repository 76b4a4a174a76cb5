import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
type HttpServer = Awaited<ReturnType<typeof createHttpServer>>;
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/auth.routes';
import { NATIONAL_REGION, type SessionUser } from '../auth/roles';
import { csrfTokenOf } from '../auth/sessions';
import { createLogger } from '../logger';
import { AppError } from '../trpc/app-error';
import type { IngestServices, Services } from '../trpc/context.types';
import { createHttpServer } from './create-http-server';

let app: HttpServer;
let clientDist: string;

const TOKEN = 'a-test-session-token';
const STAFF: SessionUser = { id: 1, username: 'staff', displayName: '工作人员', role: 'staff', regionCode: NATIONAL_REGION, mustChangePassword: false };
const session = { cookie: `${SESSION_COOKIE}=${TOKEN}`, [CSRF_HEADER]: csrfTokenOf(TOKEN) };

/** Services that fail in the ways the error formatter must handle; no database is involved. */
const failingServices: Services = {
  // One live session, of a national staff member; sign-in itself is tested in auth/.
  auth: {
    login: () => Promise.reject(new Error('not used')),
    sessionUser: (token) => Promise.resolve(token === TOKEN ? STAFF : null),
    logout: () => Promise.resolve(),
    changePassword: () => Promise.reject(new Error('not used')),
  },
  access: { regionVisible: () => Promise.resolve(true), visibleRegions: () => Promise.resolve(null), atCommitteeLevel: () => Promise.resolve(true), audit: () => Promise.resolve() },
  overview: {
    getOverview: ({ regionCode }) =>
      Promise.reject(
        regionCode === '390199'
          ? new AppError('NOT_FOUND', '未找到行政区划 390199', 'region 390199 not found')
          : new Error('relation "payments" does not exist at /work/main/server/src/secret.ts:12'),
      ),
  },
  reference: { getReferenceSummary: () => Promise.reject(new Error('connection refused to 10.0.0.5')) },
  // Every ingest service fails the unexpected way (a database that is down).
  ingest: new Proxy({} as IngestServices, { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  alerts: new Proxy({} as Services['alerts'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  admin: new Proxy({} as Services['admin'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  rules: new Proxy({} as Services['rules'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  execution: new Proxy({} as Services['execution'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  debt: new Proxy({} as Services['debt'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  stateAssets: new Proxy({} as Services['stateAssets'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  revenue: new Proxy({} as Services['revenue'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  socialFunds: new Proxy({} as Services['socialFunds'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
  review: new Proxy({} as Services['review'], { get: () => () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432')) }),
};

const query = (procedure: string, input?: unknown) =>
  app.inject({ method: 'GET', url: `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, headers: session });

before(async () => {
  clientDist = await mkdtemp(path.join(os.tmpdir(), 'bw-dist-'));
  await writeFile(path.join(clientDist, 'index.html'), '<!doctype html><bw-root></bw-root>');
  app = await createHttpServer({ services: failingServices, logger: createLogger('silent'), clientDist, uploadDir: path.join(clientDist, 'uploads'), uploadLimitBytes: 1024 });
});
after(async () => {
  await app.close();
  await rm(clientDist, { recursive: true, force: true });
});

describe('API errors', () => {
  it('answers invalid input with 400 and a bilingual message naming the field', async () => {
    const response = await query('overview.get', { regionCode: 'abc', fiscalYear: 2026 });
    assert.equal(response.statusCode, 400);
    const body = response.json<{ error: { data: { messageZh: string; messageEn: string; issues: { path: string }[] } } }>();
    assert.equal(body.error.data.messageZh, '请求参数无效');
    assert.equal(body.error.data.messageEn, 'Invalid request parameters');
    assert.equal(body.error.data.issues[0]?.path, 'regionCode');
  });

  it('maps a service AppError to its status and messages', async () => {
    const response = await query('overview.get', { regionCode: '390199', fiscalYear: 2026 });
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /未找到行政区划 390199/);
    assert.match(response.body, /region 390199 not found/);
  });

  it('hides the details of unexpected failures: no stack, no SQL, no paths, no addresses', async () => {
    for (const response of [await query('overview.get', { regionCode: '390100', fiscalYear: 2026 }), await query('reference.summary')]) {
      assert.equal(response.statusCode, 500);
      assert.match(response.body, /服务器内部错误/);
      assert.match(response.body, /Internal server error/);
      assert.doesNotMatch(response.body, /stack|relation|secret\.ts|10\.0\.0\.5|\/work\//);
    }
  });

  it('hides an unexpected failure of a non-tRPC route too', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ingest/batches/7/errors.csv', headers: session });
    assert.equal(response.statusCode, 500);
    assert.deepEqual(response.json(), { messageZh: '服务器内部错误，请稍后重试', messageEn: 'Internal server error, please try again later' });
  });

  it('refuses a request body over the limit', async () => {
    const response = await app.inject({ method: 'POST', url: '/trpc/overview.get', payload: 'x'.repeat(2 * 1024 * 1024), headers: { ...session, 'content-type': 'application/json' } });
    assert.equal(response.statusCode, 413);
  });
});

describe('pages', () => {
  it('serves the app for client-side routes and sets security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/execution?region=390100' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<bw-root>/);
    assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(response.headers['x-frame-options'], 'DENY');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });

  it('answers 404 for a missing asset instead of the app', async () => {
    const response = await app.inject({ method: 'GET', url: '/missing-chunk.js' });
    assert.equal(response.statusCode, 404);
  });
});
