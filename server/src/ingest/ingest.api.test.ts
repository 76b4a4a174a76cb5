import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHttpServer } from '../http/create-http-server';
import { createLogger } from '../logger';
import { signedInAs } from '../testing/sign-in';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createServices } from '../trpc/context';
import { seedShippedPresets } from './seed-presets';
import type { BatchDetail, BatchPage, FeedCatalog, FeedFreshness, IngestJob, QuarantinePage } from './ingest.schemas';

type HttpServer = Awaited<ReturnType<typeof createHttpServer>>;

let database: TestDatabase;
let app: HttpServer;
let uploadDir: string;
/** The signed-in staff member's cookie and CSRF token, sent with every request. */
let headers: Record<string, string>;
const UPLOAD_LIMIT = 64 * 1024;

const count = async (sql: string) => Number((await database.pool.query(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);

const REGIONS = 'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n';
const HEADER = 'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose';
const payment = (voucher: string, amount = '100.00') => `${voucher},2026-03-02,390100,GPB,001,2050201,30201,甲公司,unit,direct,transfer,${amount},办公`;

async function trpc<T>(procedure: string, input?: unknown, method: 'GET' | 'POST' = 'GET'): Promise<{ status: number; data: T; error?: { data: { messageZh: string; messageEn: string } } }> {
  const response =
    method === 'GET'
      ? await app.inject({ method, url: `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, headers })
      : await app.inject({ method, url: `/trpc/${procedure}`, payload: JSON.stringify(input), headers: { ...headers, 'content-type': 'application/json' } });
  const body = response.json<{ result?: { data: T }; error?: { data: { messageZh: string; messageEn: string } } }>();
  return { status: response.statusCode, data: body.result?.data as T, error: body.error };
}

function upload(query: Record<string, string>, content: string | Buffer, contentType = 'application/octet-stream') {
  return app.inject({
    method: 'POST',
    url: `/api/ingest/upload?${new URLSearchParams(query).toString()}`,
    payload: content,
    headers: { ...headers, 'content-type': contentType },
  });
}

/** Polls the job as the page does, until the load is over. */
async function finished(job: IngestJob): Promise<IngestJob> {
  for (let i = 0; i < 500; i++) {
    const polled = await trpc<IngestJob>('ingest.job', { id: job.id });
    if (polled.data.state === 'done') return polled.data;
    await sleep(20);
  }
  throw new Error('job did not finish');
}

before(async () => {
  database = await createTestDatabase();
  uploadDir = await mkdtemp(path.join(os.tmpdir(), 'bw-uploads-'));
  app = await createHttpServer({
    services: createServices({ db: database.db, pool: database.pool }),
    logger: createLogger('silent'),
    clientDist: path.join(uploadDir, 'no-client'),
    uploadDir,
    uploadLimitBytes: UPLOAD_LIMIT,
  });
  headers = await signedInAs(app, database.pool, 'staff');
});
after(async () => {
  await app.close();
  await database.drop();
  await rm(uploadDir, { recursive: true, force: true });
});

describe('upload and follow a load', () => {
  it('loads an uploaded file, reports progress to done, and lists the batch', async () => {
    const regions = await upload({ feed: 'regions', fileName: 'regions.csv' }, REGIONS);
    assert.equal(regions.statusCode, 202);
    assert.equal((await finished(regions.json<IngestJob>())).status, 'succeeded');

    const response = await upload({ feed: 'payments', fileName: '三月支付.csv' }, [HEADER, payment('U1'), payment('U2', '"1,234.50"')].join('\n'));
    assert.equal(response.statusCode, 202);
    const job = await finished(response.json<IngestJob>());
    assert.equal(job.status, 'succeeded');
    assert.equal(job.progress.phase, 'done');
    assert.equal(job.progress.rowsStored, 2);
    assert.deepEqual((await database.pool.query(`SELECT amount::text FROM payments WHERE voucher_no = 'U2'`)).rows, [{ amount: '1234.50' }]);

    const page = await trpc<BatchPage>('ingest.batches', { feed: 'payments' });
    assert.equal(page.data.total, 1);
    const batch = page.data.batches[0]!;
    assert.deepEqual([batch.source, batch.fileName, batch.rowsRead, batch.rowsInserted, batch.status], ['upload', '三月支付.csv', 2, 2, 'succeeded']);
    assert.equal(batch.warnings, 1, 'agency 001 is not loaded: one warning');
    const detail = await trpc<BatchDetail>('ingest.batch', { id: batch.id });
    assert.match(detail.data.warningList[0]!.zh, /预算单位“001”尚未导入/);

    const freshness = await trpc<FeedFreshness>('ingest.freshness');
    const payments = freshness.data.find((f) => f.feed === 'payments')!;
    assert.equal(payments.lastSource, 'upload');
    assert.equal(payments.daysSince, 0);
    assert.equal(freshness.data.find((f) => f.feed === 'bonds')!.lastLoadAt, null);
    assert.deepEqual(await readdir(uploadDir), [], 'the uploaded file is removed once loaded');
  });

  it('ends the job only when the alerts reflect the batch', async () => {
    const job = await finished((await upload({ feed: 'payments', fileName: 'big.csv' }, [HEADER, payment('BIG-1', '6000000.00')].join('\n'))).json<IngestJob>());
    assert.equal(job.status, 'succeeded');
    const alerts = await trpc<{ items: { ruleCode: string; entityKey: string }[] }>('alerts.list', { entityKey: 'BIG-1' });
    assert.deepEqual(alerts.data.items.map((a) => [a.ruleCode, a.entityKey]), [['PAY-LARGE', 'BIG-1']]);
  });

  it('reports every bad row and serves the full report as CSV with formulas defused', async () => {
    const before = await count('payments');
    const rows = [HEADER, payment('B1'), payment('B2', 'abc'), `=HYPERLINK("x"),2026-02-30,390100,GPB,001,2050201,30201,甲,unit,direct,transfer,1.00,x`, payment('B4', '1,234.50')];
    const job = await finished((await upload({ feed: 'payments', fileName: 'bad.csv' }, rows.join('\n'))).json<IngestJob>());
    assert.equal(job.status, 'failed');
    assert.equal(await count('payments'), before, 'strict mode stores nothing');
    const detail = await trpc<BatchDetail>('ingest.batch', { id: job.batchId });
    assert.deepEqual(
      detail.data.errors.map((e) => [e.rowNumber, e.column]),
      [
        [3, 'amount'],
        [4, 'pay_date'],
        [5, null],
      ],
    );
    assert.match(detail.data.errors[2]!.reasonZh, /该行有14列，表头有13列/);
    const csv = await app.inject({ method: 'GET', url: `/api/ingest/batches/${job.batchId}/errors.csv`, headers });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="batch-\d+-errors.csv"/);
    assert.ok(csv.body.startsWith('\uFEFF'), 'BOM so that Excel reads UTF-8');
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[1]!, /^3,amount,abc,金额格式无效/);
    assert.match(lines[2]!, /^4,pay_date,2026-02-30,/);
  });

  it('defuses a formula in the value column of the error report', async () => {
    const job = await finished((await upload({ feed: 'payments', fileName: 'formula.csv' }, [HEADER, payment('F1', '=1+2')].join('\n'))).json<IngestJob>());
    const csv = await app.inject({ method: 'GET', url: `/api/ingest/batches/${job.batchId}/errors.csv`, headers });
    assert.match(csv.body, /,'=1\+2,/);
  });

  it('keeps bad rows in quarantine mode and lists them', async () => {
    const job = await finished(
      (await upload({ feed: 'payments', fileName: 'q.csv', mode: 'quarantine' }, [HEADER, payment('Q1'), payment('Q2', '12.345')].join('\n'))).json<IngestJob>(),
    );
    assert.equal(job.status, 'succeeded');
    const page = await trpc<QuarantinePage>('ingest.quarantine', { batchId: job.batchId });
    assert.equal(page.data.total, 1);
    assert.equal(page.data.rows[0]!.rowNumber, 3);
    assert.equal(page.data.rows[0]!.raw['amount'], '12.345');
    assert.equal(page.data.rows[0]!.errors[0]!.en, 'invalid amount (at most 2 decimals)');
  });

  it('refuses an upload over the limit with a bilingual 413 and keeps nothing', async () => {
    const before = await count('ingest_batches');
    const big = Buffer.alloc(UPLOAD_LIMIT + 1, 'a');
    const response = await upload({ feed: 'payments', fileName: 'big.csv' }, big);
    assert.equal(response.statusCode, 413);
    const body = response.json<{ messageZh: string; messageEn: string }>();
    assert.match(body.messageZh, /超过上传上限/);
    assert.match(body.messageEn, /exceeds the upload limit/);
    assert.equal(await count('ingest_batches'), before);
    assert.deepEqual(await readdir(uploadDir), []);
  });

  it('refuses bad upload parameters, a wrong content type and an empty file', async () => {
    for (const query of [{ feed: 'nope', fileName: 'a.csv' }, { feed: 'payments' }, { feed: 'payments', fileName: 'a.csv', mode: 'lenient' }, { feed: 'payments', fileName: 'a\u0000.csv' }]) {
      const response = await upload(query as Record<string, string>, 'x');
      assert.equal(response.statusCode, 400, JSON.stringify(query));
      assert.match(response.json<{ messageZh: string }>().messageZh, /上传参数无效/);
    }
    assert.equal((await upload({ feed: 'payments', fileName: 'a.csv' }, '{"a":1}', 'application/json')).statusCode, 415);
    const empty = await upload({ feed: 'payments', fileName: 'a.csv' }, Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json<{ messageEn: string }>().messageEn, 'the uploaded file is empty');
  });

  it('names an unknown preset in both languages', async () => {
    const response = await upload({ feed: 'payments', fileName: 'a.csv', preset: '不存在' }, payment('X'));
    assert.equal(response.statusCode, 400);
    assert.match(response.json<{ messageZh: string }>().messageZh, /没有名为“不存在”的映射方案/);
    assert.deepEqual(await readdir(uploadDir), []);
  });

  it('answers 404 for an unknown batch or job', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/batches/999999/errors.csv', headers })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/ingest/batches/1%3BDROP/errors.csv', headers })).statusCode, 400);
    assert.equal((await trpc('ingest.batch', { id: '999999' })).status, 404);
    assert.equal((await trpc('ingest.job', { id: '00000000-0000-4000-8000-000000000000' })).status, 404);
  });
});

describe('presets through the API', () => {
  // Presets are settings: an administrator's.
  let staffHeaders: Record<string, string>;
  before(async () => {
    staffHeaders = headers;
    headers = await signedInAs(app, database.pool, 'admin');
  });
  after(() => {
    headers = staffHeaders;
  });

  const preset = {
    name: '市财政局国库导出',
    feed: 'payments',
    description: '国库集中支付系统导出格式',
    columns: { voucher_no: '凭证号', pay_date: ['支付日期', '日期'] },
    constants: { region_code: '390100' },
    dateFormat: 'DD/MM/YYYY',
    localCodes: false,
  };

  it('saves, lists, uses and deletes a preset', async () => {
    const saved = await trpc('ingest.presets.save', preset, 'POST');
    assert.equal(saved.status, 200);
    const listed = await trpc<{ name: string }[]>('ingest.presets.list', { feed: 'payments' });
    assert.deepEqual(
      listed.data.map((p) => p.name),
      ['市财政局国库导出'],
    );
    assert.deepEqual((await trpc<unknown[]>('ingest.presets.list', { feed: 'bonds' })).data, []);

    const file = ['凭证号,日期,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount', 'P1,02/03/2026,GPB,001,2050201,30201,甲,unit,direct,transfer,1.00'];
    const job = await finished((await upload({ feed: 'payments', fileName: 'p.csv', preset: preset.name }, file.join('\n'))).json<IngestJob>());
    assert.equal(job.status, 'succeeded', JSON.stringify(job.fileErrors));
    assert.deepEqual((await database.pool.query(`SELECT pay_date::text, region_code FROM payments WHERE voucher_no = 'P1'`)).rows, [
      { pay_date: '2026-03-02', region_code: '390100' },
    ]);

    assert.deepEqual((await trpc('ingest.presets.delete', { name: preset.name }, 'POST')).data, { deleted: true });
    assert.deepEqual((await trpc('ingest.presets.delete', { name: preset.name }, 'POST')).data, { deleted: false });
  });

  it('seeds the shipped presets once, leaving a changed one alone', async () => {
    assert.deepEqual(await seedShippedPresets(database.pool), ['oxford-spend-over-500']);
    await database.pool.query(`UPDATE mapping_presets SET description = '本地修改' WHERE name = 'oxford-spend-over-500'`);
    assert.deepEqual(await seedShippedPresets(database.pool), []);
    const listed = await trpc<{ name: string; description: string }[]>('ingest.presets.list', { feed: 'payments' });
    assert.equal(listed.data.find((p) => p.name === 'oxford-spend-over-500')?.description, '本地修改');
    await database.pool.query(`DELETE FROM mapping_presets`);
  });

  it('refuses a preset naming a column the feed does not have', async () => {
    const refused = await trpc('ingest.presets.save', { ...preset, columns: { not_a_column: 'x' } }, 'POST');
    assert.equal(refused.status, 400);
    assert.equal(refused.error?.data.messageZh, '请求参数无效');
    assert.equal(await count('mapping_presets'), 0);
  });

  it('describes every feed and its columns for the forms', async () => {
    const catalog = await trpc<FeedCatalog>('ingest.feeds');
    assert.equal(catalog.data.feeds.length, 12);
    const payments = catalog.data.feeds.find((f) => f.name === 'payments')!;
    assert.deepEqual(payments.naturalKey, ['voucher_no']);
    assert.equal(payments.columns.find((c) => c.key === 'amount')!.zh, '金额');
    assert.ok(catalog.data.dateFormats.includes('DD/MM/YYYY'));
  });
});
