import { csvCell } from '../shared/csv-cell';
import { detectAfterIngest } from '../detect/detect-after-ingest';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type pg from 'pg';
import type { Logger } from '../logger';
import { AppError, notFound } from '../trpc/app-error';
import { FEEDS, findFeed } from './feeds/feed-registry';
import type { FeedName } from './feeds/feed-descriptor';
import { estimateRows, type IngestMode, type IngestSource } from './ingest-file';
import { runIngest } from './ingest-in-worker';
import {
  batchIdSchema,
  listBatchesInputSchema,
  quarantineInputSchema,
  type BatchDetail,
  type BatchPage,
  type BatchSummary,
  type FeedCatalog,
  type FeedFreshness,
  type IngestJob,
  type ListBatchesInput,
  type QuarantineInput,
  type QuarantinePage,
} from './ingest.schemas';
import { deletePreset, listPresets, loadPreset, PresetError, savePreset } from './mapping-preset';
import { DATE_FORMATS } from './parse-values';
import type { IngestServices } from '../trpc/context.types';

interface BatchRow {
  id: string;
  feed: FeedName;
  source: BatchSummary['source'];
  mode: IngestMode;
  file_name: string;
  file_bytes: string;
  format: string;
  encoding: string;
  preset_name: string | null;
  status: BatchSummary['status'];
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_rejected: number;
  rows_quarantined: number;
  warnings: BatchDetail['warningList'];
  timings: Record<string, number>;
  message: string | null;
  started_at: Date;
  finished_at: Date | null;
  created_by: string | null;
}

const BATCH_COLUMNS = `b.id::text, b.feed, b.source, b.mode, b.file_name, b.file_bytes::text, b.format, b.encoding, b.preset_name,
  b.status, b.rows_read, b.rows_inserted, b.rows_updated, b.rows_unchanged, b.rows_rejected, b.rows_quarantined,
  b.warnings, b.timings, b.message, b.started_at, b.finished_at, u.display_name AS created_by`;

function toSummary(row: BatchRow): BatchSummary {
  return {
    id: row.id,
    feed: row.feed,
    source: row.source,
    mode: row.mode,
    fileName: row.file_name,
    fileBytes: Number(row.file_bytes),
    format: row.format,
    encoding: row.encoding,
    presetName: row.preset_name,
    status: row.status,
    rowsRead: row.rows_read,
    rowsInserted: row.rows_inserted,
    rowsUpdated: row.rows_updated,
    rowsUnchanged: row.rows_unchanged,
    rowsRejected: row.rows_rejected,
    rowsQuarantined: row.rows_quarantined,
    warnings: row.warnings.length,
    message: row.message,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    durationMs: row.finished_at ? row.finished_at.getTime() - row.started_at.getTime() : null,
    createdBy: row.created_by,
  };
}

export async function listBatches(pool: pg.Pool, input: ListBatchesInput): Promise<BatchPage> {
  const { feed, status, limit, offset } = listBatchesInputSchema.parse(input);
  const where = `WHERE ($1::text IS NULL OR b.feed = $1) AND ($2::"BatchStatus" IS NULL OR b.status = $2)`;
  const [rows, total] = await Promise.all([
    pool.query<BatchRow>(
      `SELECT ${BATCH_COLUMNS} FROM ingest_batches b LEFT JOIN users u ON u.id = b.created_by ${where}
       ORDER BY b.id DESC LIMIT $3 OFFSET $4`,
      [feed ?? null, status ?? null, limit, offset],
    ),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest_batches b ${where}`, [feed ?? null, status ?? null]),
  ]);
  return { total: total.rows[0]?.n ?? 0, batches: rows.rows.map(toSummary) };
}

const ERRORS_SHOWN = 500;

export async function getBatch(pool: pg.Pool, id: string): Promise<BatchDetail> {
  const batchId = batchIdSchema.parse(id);
  const found = await pool.query<BatchRow>(
    `SELECT ${BATCH_COLUMNS} FROM ingest_batches b LEFT JOIN users u ON u.id = b.created_by WHERE b.id = $1`,
    [batchId],
  );
  const row = found.rows[0];
  if (!row) throw notFound(`导入批次${batchId}`, `import batch ${batchId}`);
  const [errors, total] = await Promise.all([
    pool.query<{ rowNumber: number; column: string | null; value: string | null; reasonZh: string; reasonEn: string }>(
      `SELECT row_number AS "rowNumber", "column", value, reason_zh AS "reasonZh", reason_en AS "reasonEn"
       FROM ingest_row_errors WHERE batch_id = $1 ORDER BY row_number, id LIMIT ${ERRORS_SHOWN}`,
      [batchId],
    ),
    pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_row_errors WHERE batch_id = $1', [batchId]),
  ]);
  return {
    ...toSummary(row),
    errors: errors.rows,
    errorsTotal: total.rows[0]?.n ?? 0,
    warningList: row.warnings,
    timings: row.timings,
  };
}

/** The error report of a batch as CSV (UTF-8 with BOM, so Excel opens the Chinese correctly). */
export async function* batchErrorsCsv(pool: pg.Pool, id: string): AsyncGenerator<string> {
  const batchId = batchIdSchema.parse(id);
  yield '\uFEFF行号 row,列 column,值 value,原因 reason,reason\r\n';
  let after = -1;
  for (;;) {
    const page = await pool.query<{ id: string; row_number: number; column: string | null; value: string | null; reason_zh: string; reason_en: string }>(
      `SELECT id::text, row_number, "column", value, reason_zh, reason_en FROM ingest_row_errors
       WHERE batch_id = $1 AND id > $2 ORDER BY id LIMIT 5000`,
      [batchId, after],
    );
    if (page.rows.length === 0) return;
    yield page.rows.map((e) => [e.row_number, e.column, e.value, e.reason_zh, e.reason_en].map(csvCell).join(',')).join('\r\n') + '\r\n';
    after = Number(page.rows.at(-1)!.id);
  }
}

export async function listQuarantine(pool: pg.Pool, input: QuarantineInput): Promise<QuarantinePage> {
  const { batchId, feed, limit, offset } = quarantineInputSchema.parse(input);
  const where = `WHERE ($1::bigint IS NULL OR q.batch_id = $1) AND ($2::text IS NULL OR q.feed = $2)`;
  const params = [batchId ?? null, feed ?? null];
  const [rows, total] = await Promise.all([
    pool.query<QuarantinePage['rows'][number]>(
      `SELECT q.id::text, q.batch_id::text AS "batchId", q.feed, b.file_name AS "fileName", q.row_number AS "rowNumber", q.raw, q.errors
       FROM quarantined_rows q JOIN ingest_batches b ON b.id = q.batch_id ${where}
       ORDER BY q.batch_id DESC, q.row_number LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    ),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM quarantined_rows q ${where}`, params),
  ]);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}

/** Per feed: rows stored, the last successful load and how many days ago, the last failure. */
export async function feedFreshness(pool: pg.Pool, today = new Date()): Promise<FeedFreshness> {
  const last = await pool.query<{ feed: string; at: Date | null; source: string | null; file_name: string | null; failed_at: Date | null }>(
    `SELECT f.feed, ok.finished_at AS at, ok.source::text AS source, ok.file_name, bad.finished_at AS failed_at
     FROM unnest($1::text[]) AS f(feed)
     LEFT JOIN LATERAL (SELECT finished_at, source, file_name FROM ingest_batches
                        WHERE feed = f.feed AND status = 'succeeded' ORDER BY id DESC LIMIT 1) ok ON true
     LEFT JOIN LATERAL (SELECT finished_at FROM ingest_batches
                        WHERE feed = f.feed AND status = 'failed' ORDER BY id DESC LIMIT 1) bad ON true`,
    [FEEDS.map((f) => f.name)],
  );
  const counts = await Promise.all(
    // Estimated counts: exact count(*) of a ten-million-row table would cost seconds on each page view.
    FEEDS.map((f) => estimateRows(pool, f.table)),
  );
  const byFeed = new Map(last.rows.map((r) => [r.feed, r]));
  return FEEDS.map((feed, i) => {
    const row = byFeed.get(feed.name);
    const at = row?.at ?? null;
    return {
      feed: feed.name,
      nameZh: feed.nameZh,
      rows: counts[i]!.rows,
      lastLoadAt: at?.toISOString() ?? null,
      lastSource: row?.source ?? null,
      lastFileName: row?.file_name ?? null,
      daysSince: at ? Math.floor((today.getTime() - at.getTime()) / 86_400_000) : null,
      lastFailedAt: row?.failed_at?.toISOString() ?? null,
    };
  });
}

/**
 * Loads started from the dashboard run in the server process; the page polls their progress. Jobs
 * are kept for an hour after they finish (the batch history keeps the record for good).
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob & { finishedAt?: number }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger?: Logger,
  ) {}

  async start(request: {
    feed: string;
    filePath: string;
    fileName: string;
    mode: IngestMode;
    presetName?: string;
    source: IngestSource;
    createdBy?: number;
  }): Promise<IngestJob> {
    const feed = findFeed(request.feed);
    if (!feed) throw new AppError('BAD_REQUEST', `未知的数据接口：${request.feed}`, `unknown feed: ${request.feed}`);
    let preset;
    try {
      preset = request.presetName ? await loadPreset(this.pool, request.presetName, feed.name) : undefined;
    } catch (error) {
      if (error instanceof PresetError) throw new AppError('BAD_REQUEST', error.reason.zh, error.reason.en);
      throw error;
    }
    this.prune();
    const job: IngestJob = {
      id: randomUUID(),
      feed: feed.name,
      fileName: request.fileName,
      state: 'running',
      progress: { phase: 'reading', bytesRead: 0, totalBytes: 0, rowsParsed: 0, rowsValid: 0, rowsStored: 0 },
      batchId: null,
      status: null,
      fileErrors: [],
    };
    this.jobs.set(job.id, job);
    void runIngest(this.pool, {
      feed,
      filePath: request.filePath,
      fileName: request.fileName,
      source: request.source,
      mode: request.mode,
      preset,
      createdBy: request.createdBy,
      onProgress: (progress) => (job.progress = progress),
      logger: this.logger,
    })
      .then(
        async (result) => {
          job.batchId = result.batchId;
          job.status = result.status;
          job.fileErrors = result.fileErrors;
          // The job ends when the alerts reflect the batch, so the page that shows it is current.
          await detectAfterIngest(this.pool, { feed: feed.name, ...result }, this.logger);
          job.progress = { ...job.progress, phase: 'done', rowsStored: result.rowsInserted + result.rowsUpdated + result.rowsUnchanged };
        },
        (error: unknown) => {
          this.logger?.error({ err: error, feed: feed.name }, 'upload load failed');
          job.status = 'failed';
          job.fileErrors = [{ zh: '导入失败，未保存任何数据', en: 'the load failed and nothing was stored' }];
        },
      )
      .finally(() => {
        job.state = 'done';
        this.jobs.set(job.id, { ...job, finishedAt: Date.now() });
        void rm(request.filePath, { force: true });
      });
    return { ...job };
  }

  get(id: string): IngestJob {
    const job = this.jobs.get(id);
    if (!job) throw notFound('导入任务', 'import job');
    return {
      id: job.id,
      feed: job.feed,
      fileName: job.fileName,
      state: job.state,
      progress: { ...job.progress },
      batchId: job.batchId,
      status: job.status,
      fileErrors: job.fileErrors,
    };
  }

  private prune(): void {
    const hourAgo = Date.now() - 3_600_000;
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < hourAgo) this.jobs.delete(id);
  }
}

/** The feeds and their columns, from the descriptors the pipeline validates with. */
export function feedCatalog(): FeedCatalog {
  return {
    feeds: FEEDS.map((feed) => ({
      name: feed.name,
      nameZh: feed.nameZh,
      naturalKey: [...feed.naturalKey],
      columns: feed.columns.map((c) => ({
        key: c.key,
        zh: c.zh,
        type: c.type,
        required: c.required,
        ...(c.values ? { values: Object.fromEntries(Object.entries(c.values).map(([code, labels]) => [code, [...labels]])) } : {}),
      })),
    })),
    dateFormats: [...DATE_FORMATS],
  };
}

/** A preset the database refuses or cannot find becomes a bilingual 400. */
async function presetCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PresetError) throw new AppError('BAD_REQUEST', error.reason.zh, error.reason.en);
    throw error;
  }
}

export function createIngestServices(pool: pg.Pool, logger?: Logger): IngestServices {
  const jobs = new IngestJobs(pool, logger);
  const catalog = feedCatalog();
  return {
    feeds: () => Promise.resolve(catalog),
    listBatches: (input) => listBatches(pool, input),
    getBatch: (id) => getBatch(pool, id),
    batchErrorsCsv: async (id) => {
      const batchId = batchIdSchema.parse(id);
      const found = await pool.query('SELECT 1 FROM ingest_batches WHERE id = $1', [batchId]);
      if (found.rowCount === 0) throw notFound(`导入批次${batchId}`, `import batch ${batchId}`);
      return batchErrorsCsv(pool, batchId);
    },
    listQuarantine: (input) => listQuarantine(pool, input),
    feedFreshness: () => feedFreshness(pool),
    listPresets: async (feed) => (await listPresets(pool)).filter((p) => feed === undefined || p.feed === feed),
    savePreset: (input) => presetCall(() => savePreset(pool, input)),
    deletePreset: (name) => deletePreset(pool, name),
    startJob: (request) => jobs.start({ ...request, source: 'upload' }),
    getJob: (id) => Promise.resolve(jobs.get(id)),
  };
}
