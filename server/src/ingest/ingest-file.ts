import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { addBatchToPaymentSummary, refreshPaymentSummaryForBatch } from '../execution/payment-summary';
import { copyLineEncoder } from './copy-text';
import type { Logger } from '../logger';
import type { FeedDescriptor } from './feeds/feed-descriptor';
import { presetReading, type MappingPreset } from './mapping-preset';
import { detached, type Reason } from './parse-values';
import { FileFormatError, openRecordSource, type FileFormat, type RecordSource } from './readers/open-record-source';
import { ReferenceChecker, type ReferenceWarning } from './references';
import { compileRowValidator, freeFormColumns, mapHeader, type RowError, type RowValidator } from './row-validator';
import { movePaymentsOutOfDefault, preparePaymentPartitions } from './payment-partitions';
import {
  columnType,
  copyIntoStagingSql,
  copyIntoTableSql,
  createStagingSql,
  duplicateKeysSql,
  ident,
  registerBatchKeysSql,
  STAGING_TABLE,
  upsertSql,
} from './staged-upsert.sql';

export type IngestSource = 'cli' | 'upload' | 'inbox' | 'demo';
/** strict: any bad row rejects the file (the default). quarantine: good rows stored, bad rows kept aside. */
export type IngestMode = 'strict' | 'quarantine';

export interface IngestProgress {
  phase: 'reading' | 'checking' | 'storing' | 'done';
  bytesRead: number;
  totalBytes: number;
  rowsParsed: number;
  rowsValid: number;
  rowsStored: number;
}

export interface IngestRequest {
  feed: FeedDescriptor;
  filePath: string;
  /** Name shown in the batch history; defaults to the file's base name. */
  fileName?: string;
  source: IngestSource;
  createdBy?: number;
  mode?: IngestMode;
  preset?: MappingPreset;
  /** Overrides format detection (e.g. an upload whose name has no extension). */
  format?: FileFormat;
  onProgress?: (progress: IngestProgress) => void;
  /** Where unexpected failures are logged (their details never reach the user). */
  logger?: Logger;
}

export interface IngestResult {
  batchId: string;
  status: 'succeeded' | 'failed';
  mode: IngestMode;
  format: FileFormat | null;
  encoding: string | null;
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  rowsQuarantined: number;
  /** Problems with the file as a whole (unreadable, header unusable). */
  fileErrors: Reason[];
  /** Row problems, at most MAX_REPORTED_ERRORS of them; rowsRejected counts them all. */
  rowErrors: RowError[];
  /** References to regions, agencies, lines or bonds not loaded yet. */
  warnings: ReferenceWarning[];
  /** An earlier successful batch of the very same file (same SHA-256), if any. */
  sameFileAs: string | null;
  timings: { readMs: number; checkMs: number; storeMs: number; totalMs: number };
}

const MAX_REPORTED_ERRORS = 10_000;
/** Quarantine keeps bad rows in memory until the commit; a file worse than this is rejected instead. */
const MAX_QUARANTINED_ROWS = 100_000;
const PROGRESS_EVERY_MS = 200;

interface QuarantinedRow {
  rowNumber: number;
  raw: Record<string, string>;
  errors: RowError[];
}

/**
 * Loads one feed file through the one pipeline every entry point uses (CLI, upload, inbox, demo).
 * Records are read and validated in a stream and copied into a typed temporary staging table; then,
 * in the same transaction, duplicate keys are checked, unknown references noted, and rows upserted
 * by natural key (changed rows logged in change_log). In strict mode a file with any bad row stores
 * nothing but its batch record and error report; a crash (even SIGKILL) rolls the transaction back.
 * Loads of the same feed are serialised by an advisory lock.
 */
export async function ingestFile(pool: pg.Pool, request: IngestRequest): Promise<IngestResult> {
  const started = performance.now();
  const { feed, filePath } = request;
  const mode = request.mode ?? 'strict';
  const fileName = request.fileName ?? path.basename(filePath);
  const { size } = await stat(filePath);
  // The file's hash is read beside the load, not before it (0.7 s for 200 MiB); the batch gets it
  // once known, inside the load's transaction when the load is stored.
  const hash = new FileHash(filePath);
  const result: IngestResult = {
    batchId: '',
    status: 'failed',
    mode,
    format: null,
    encoding: null,
    rowsRead: 0,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRejected: 0,
    rowsQuarantined: 0,
    fileErrors: [],
    rowErrors: [],
    warnings: [],
    sameFileAs: null,
    timings: { readMs: 0, checkMs: 0, storeMs: 0, totalMs: 0 },
  };

  let source: RecordSource | undefined;
  try {
    source = await openRecordSource(filePath, { format: request.format, sheetNames: [feed.name, feed.nameZh] });
    result.format = source.format;
    result.encoding = source.encoding;
  } catch (error) {
    result.fileErrors.push(describeFailure(error));
  }
  const client = await pool.connect();
  // The batch is opened by the session that does the load, which records its backend pid.
  result.batchId = await openBatch(client, request, { fileName, size, mode, format: result.format, encoding: result.encoding }).catch(
    (error: unknown) => {
      client.release();
      throw error;
    },
  );
  if (!source) {
    client.release();
    return finish(pool, result, started, hash);
  }

  let progress = new ProgressReporter(request.onProgress, size, source);
  let quarantined: QuarantinedRow[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ingest:${feed.name}`]);

    // Fast path: rows go straight into the feed's table. It holds while no key of the file is stored
    // yet or given twice (new payments, a first load). A stored key among the first rows (the probe),
    // or a unique violation later on, undoes it and the file is read again through staging, which
    // handles updates, unchanged rows and duplicates.
    let mark = performance.now();
    await client.query('SAVEPOINT direct');
    let context = await newContext(client, { feed, preset: request.preset, mode, source, result, quarantined, progress });
    let direct = true;
    try {
      const encode = copyLineEncoder(freeFormColumns(feed, presetReading(feed, request.preset).options));
      const suffix = `\t${result.batchId}\n`;
      const keysStored = keyProbe(pool, feed);
      const probe = async (rows: readonly (readonly (string | null)[])[]) => {
        await keysStored(rows);
        // The years of the first rows get their partitions before the COPY (this load's transaction
        // holds no lock on payments yet), so their rows do not go through DEFAULT; the rows of any
        // other year are moved out after the load.
        if (feed.name === 'payments') await preparePaymentPartitions(pool, yearsOf(feed, rows));
      };
      await copyRows(client, { ...context, probe }, copyIntoTableSql(feed), (values) => encode(values, '', suffix));
      if (feed.keyRegistry && result.rowsRead > result.rowsRejected) await registerBatchKeys(client, feed, feed.keyRegistry, result.batchId);
    } catch (error) {
      if (!(isUniqueViolation(error) || error instanceof KeysAlreadyStored)) throw error;
      direct = false;
      await client.query('ROLLBACK TO SAVEPOINT direct');
      resetCounts(result);
      quarantined = [];
      source = await openRecordSource(filePath, { format: request.format, sheetNames: [feed.name, feed.nameZh] });
      progress = new ProgressReporter(request.onProgress, size, source);
      await client.query(createStagingSql(feed));
      context = await newContext(client, { feed, preset: request.preset, mode, source, result, quarantined, progress });
      const encode = copyLineEncoder(freeFormColumns(feed, presetReading(feed, request.preset).options));
      await copyRows(client, context, copyIntoStagingSql(feed), (values, rowNumber) => encode(values, `${rowNumber}\t`, '\n'));
    }
    result.timings.readMs = Math.round(performance.now() - mark);
    mark = performance.now();
    progress.phase('checking');
    const usable = result.fileErrors.length === 0 && (mode === 'quarantine' || result.rowsRejected === 0);
    if (usable && !direct) {
      await client.query(`ANALYZE ${STAGING_TABLE}`);
      await checkDuplicateKeys(client, feed, mode, result, quarantined);
    }
    if (usable) result.warnings = context.references.warnings();
    result.timings.checkMs = Math.round(performance.now() - mark);
    mark = performance.now();

    if (!usable || (mode === 'strict' && result.rowsRejected > 0)) {
      await client.query('ROLLBACK');
    } else {
      progress.phase('storing');
      result.rowsQuarantined = quarantined.length;
      if (direct) {
        result.rowsInserted = result.rowsRead - result.rowsRejected;
      } else {
        if (feed.name === 'payments') {
          const years = await client.query<{ year: number }>(`SELECT DISTINCT extract(year FROM pay_date)::int AS year FROM ${STAGING_TABLE}`);
          // The fast path's COPY into payments was rolled back with its locks: none held here.
          await preparePaymentPartitions(pool, years.rows.map((r) => r.year));
        }
        const counts = await client.query<{ inserted: number; updated: number }>(upsertSql(feed), [result.batchId, feed.name]);
        result.rowsInserted = counts.rows[0]?.inserted ?? 0;
        result.rowsUpdated = counts.rows[0]?.updated ?? 0;
      }
      result.rowsUnchanged = result.rowsRead - result.rowsQuarantined - result.rowsInserted - result.rowsUpdated;
      if (feed.name === 'payments' && result.rowsInserted + result.rowsUpdated > 0) {
        await movePaymentsOutOfDefault(client);
        await (direct ? addBatchToPaymentSummary : refreshPaymentSummaryForBatch)(client, result.batchId);
      }
      await storeQuarantine(client, feed, result.batchId, quarantined);
      // Marked (with the file's hash) in the same transaction, so a load waiting on the feed lock sees the file as loaded.
      await hash.record(client, result);
      await client.query(`UPDATE ingest_batches SET status = 'succeeded' WHERE id = $1`, [result.batchId]);
      await client.query('COMMIT');
      result.status = 'succeeded';
      progress.stored(result.rowsInserted + result.rowsUpdated + result.rowsUnchanged);
      // Fresh statistics for the planner (and the row estimates of the freshness view) right away,
      // rather than whenever autovacuum comes by. The load is committed: a failed ANALYZE (a
      // concurrent one, a cancel) must not report it as failed.
      const changed = result.rowsInserted + result.rowsUpdated;
      if (changed > 0 && (await worthAnalyzing(client, feed, changed))) {
        // Payments come with their sums (payment_summary), which the dashboard and the rules plan on.
        const tables = feed.name === 'payments' ? [feed.table, 'payment_keys', 'payment_summary', 'payment_agency_month'] : [feed.table];
        await client
          .query(`ANALYZE ${tables.map(ident).join(', ')}`)
          .catch((error: unknown) => request.logger?.warn({ err: error, feed: feed.name }, 'analyze after load failed'));
      }
    }
    result.timings.storeMs = Math.round(performance.now() - mark);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    result.status = 'failed';
    result.fileErrors.push(describeFailure(error));
    // The user sees a plain bilingual reason; the cause goes to the server log only.
    if (!(error instanceof FileFormatError || error instanceof TooManyBadRows)) request.logger?.error({ err: error, feed: feed.name }, 'ingest failed');
  } finally {
    client.release();
  }
  progress.phase('done');
  return finish(pool, result, started, hash);
}

/**
 * Whether a load changed enough of its table for fresh statistics: a tenth of its rows, as
 * autovacuum judges (or a table never analysed). The feeds other than payments are small, so always.
 * Payments are partitioned, and ANALYZE of the parent samples every partition again (5M payments:
 * seconds of reads), which a day's batch (0.3% of a year) does not change; the partitions it
 * touched are analysed by autovacuum, and the next large load analyses everything.
 */
async function worthAnalyzing(client: pg.PoolClient, feed: FeedDescriptor, changed: number): Promise<boolean> {
  if (feed.name !== 'payments') return true;
  const { rows, analysed } = await estimateRows(client, feed.table);
  return !analysed || changed >= 0.1 * rows;
}

/**
 * A table's row count as the planner estimates it (no count(*) of ten million rows), summed over
 * the partitions of a partitioned table, whose own estimate is -1; `analysed` is false while any
 * partition has never been analysed.
 */
export async function estimateRows(db: pg.Pool | pg.PoolClient, table: string): Promise<{ rows: number; analysed: boolean }> {
  const estimate = await db.query<{ rows: number; analysed: boolean | null }>(
    `SELECT COALESCE(sum(GREATEST(c.reltuples, 0)), 0)::float8 AS rows, bool_and(c.reltuples >= 0) AS analysed
     FROM pg_partition_tree(to_regclass($1)) t JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf`,
    [table],
  );
  const row = estimate.rows[0];
  return { rows: Math.round(row?.rows ?? 0), analysed: row?.analysed ?? false };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function resetCounts(result: IngestResult): void {
  result.rowsRead = 0;
  result.rowsRejected = 0;
  result.rowErrors = [];
  result.fileErrors = [];
}

async function newContext(client: pg.PoolClient, context: Omit<CopyContext, 'references'>): Promise<CopyContext> {
  return { ...context, references: await ReferenceChecker.create(client, context.feed) };
}

/** The payment years among validated rows (dates are ISO by then). */
function yearsOf(feed: FeedDescriptor, rows: readonly (readonly (string | null)[])[]): Set<number> {
  const index = feed.columns.findIndex((c) => c.key === 'pay_date');
  return new Set(rows.map((values) => Number(values[index]?.slice(0, 4))).filter((year) => Number.isInteger(year)));
}

/**
 * Registers the keys of the rows just COPYed (fast path). Into an empty registry (a first load) the
 * keys go in unindexed and the key index is then built by sort, several times cheaper than a
 * million index insertions; a duplicate key fails that build as a unique violation all the same.
 */
async function registerBatchKeys(
  client: pg.PoolClient,
  feed: FeedDescriptor,
  registry: NonNullable<FeedDescriptor['keyRegistry']>,
  batchId: string,
): Promise<void> {
  const table = ident(registry.table);
  const empty = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
  if (empty.rowCount) {
    await client.query(registerBatchKeysSql(feed, registry), [batchId]);
    return;
  }
  const pkey = ident(`${registry.table}_pkey`);
  await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${pkey}`);
  await client.query(registerBatchKeysSql(feed, registry), [batchId]);
  await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${pkey} PRIMARY KEY (${feed.naturalKey.map(ident).join(', ')})`);
}

/** The first rows of a file name keys already stored: the file is a reload, staging it is. */
class KeysAlreadyStored extends Error {}

/**
 * For the fast path: asks (on another connection; stored keys are committed ones) whether any key of
 * the file's first rows is stored already. A reload is then sent to staging after one batch instead
 * of relying on a COPY failing on its first row. Natural keys of several columns are matched as
 * typed tuples (the validated texts cast as COPY would read them).
 */
function keyProbe(pool: pg.Pool, feed: FeedDescriptor): (rows: readonly (readonly (string | null)[])[]) => Promise<void> {
  const indexes = feed.naturalKey.map((key) => feed.columns.findIndex((c) => c.key === key));
  const keyColumns = indexes.map((index) => feed.columns[index]!);
  const arrays = keyColumns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = keyColumns.map((_, i) => `k${i}`).join(', ');
  const match = keyColumns.map((c, i) => `t.${ident(c.key)} = k.k${i}::${columnType(c)}`).join(' AND ');
  const sql = `SELECT 1 FROM ${ident(feed.table)} t JOIN unnest(${arrays}) AS k(${aliases}) ON ${match} LIMIT 1`;
  return async (rows) => {
    const keyed = rows.filter((values) => indexes.every((index) => values[index] !== null));
    if (keyed.length === 0) return;
    const params = indexes.map((index) => keyed.map((values) => values[index]));
    if (((await pool.query(sql, params)).rowCount ?? 0) > 0) throw new KeysAlreadyStored();
  };
}

interface CopyContext {
  /** Checked with the first batch of valid rows before any is sent (fast path only). */
  probe?: (rows: readonly (readonly (string | null)[])[]) => Promise<void>;
  references: ReferenceChecker;
  feed: FeedDescriptor;
  preset: MappingPreset | undefined;
  mode: IngestMode;
  source: RecordSource;
  result: IngestResult;
  quarantined: QuarantinedRow[];
  progress: ProgressReporter;
}

/** Streams validated rows into a COPY (table or staging) as COPY text; records bad rows as it goes. */
async function copyRows(
  client: pg.PoolClient,
  context: CopyContext,
  copySql: string,
  line: (values: readonly (string | null)[], rowNumber: number) => string,
): Promise<void> {
  const { feed, mode, source, result, quarantined, progress, references } = context;
  const reading = presetReading(feed, context.preset);
  let header: readonly string[] = [];
  let validate: RowValidator | undefined;
  let rowNumber = 1; // the header is row 1, as a spreadsheet shows it
  const fieldCountChecked = source.format === 'csv';

  const reject = (record: readonly string[], errors: RowError[]) => {
    result.rowsRejected++;
    for (const error of errors) if (result.rowErrors.length < MAX_REPORTED_ERRORS) result.rowErrors.push(error);
    if (mode === 'quarantine') {
      if (quarantined.length >= MAX_QUARANTINED_ROWS) throw new TooManyBadRows();
      quarantined.push({ rowNumber, raw: rawRecord(header, record), errors });
    }
  };

  let probe = context.probe;
  async function* copyText(): AsyncGenerator<string> {
    for await (const batch of source.batches) {
      let chunk = '';
      const probed: (string | null)[][] = [];
      for (const record of batch) {
        if (!validate) {
          header = record;
          const mapped = mapHeader(feed, record, reading.sources);
          if ('errors' in mapped) {
            result.fileErrors.push(...mapped.errors);
            return;
          }
          validate = compileRowValidator(feed, mapped.positions, reading.options);
          continue;
        }
        rowNumber++;
        result.rowsRead++;
        // A delimited row with more or fewer cells than the header has lost its alignment (an amount
        // with an unquoted thousands separator, a truncated line): no cell of it can be trusted.
        if (fieldCountChecked && record.length !== header.length && !onlyEmptyBeyond(record, header.length)) {
          reject(record, [misaligned(rowNumber, record.length, header.length)]);
          continue;
        }
        const row = validate(record, rowNumber);
        if (!row.ok) {
          reject(record, row.errors);
          continue;
        }
        references.check(row.values, rowNumber);
        // In strict mode one bad row dooms the file: keep checking, stop copying.
        if (mode === 'quarantine' || result.rowsRejected === 0) chunk += line(row.values, rowNumber);
        if (probe) probed.push(row.values);
      }
      if (probe && probed.length > 0) {
        await probe(probed);
        probe = undefined;
      }
      progress.parsed(result.rowsRead, result.rowsRead - result.rowsRejected);
      if (chunk.length > 0) yield chunk;
    }
    if (!validate && result.fileErrors.length === 0) {
      result.fileErrors.push({ zh: '文件为空或没有表头', en: 'the file is empty or has no header row' });
    }
  }
  // The first chunk is made (and the fast path's probe answered) before the COPY starts: a reload
  // sent to staging then leaves no COPY to cancel on the connection.
  const chunks = copyText();
  const first = await chunks.next();
  async function* all(): AsyncGenerator<string> {
    if (first.done) return;
    yield first.value;
    yield* chunks;
  }
  // Each chunk is a batch of rows as COPY text (~1 MiB): two queued ahead of the socket are plenty.
  try {
    await pipeline(Readable.from(all(), { highWaterMark: 2 }), client.query(copyFrom(copySql)));
  } catch (error) {
    // The COPY can fail (the fast path's unique violation) while the generator is still reading a
    // batch into this load's counts; wait until it has stopped, so a second pass counts from zero.
    await chunks.return(undefined).catch(() => undefined);
    throw error;
  }
}

/** Keys given more than once in the file: every later occurrence is a bad row. */
async function checkDuplicateKeys(
  client: pg.PoolClient,
  feed: FeedDescriptor,
  mode: IngestMode,
  result: IngestResult,
  quarantined: QuarantinedRow[],
): Promise<void> {
  const duplicates = await client.query<{ natural_key: string; rows: number[] }>(duplicateKeysSql(feed));
  const laterRows: number[] = [];
  for (const duplicate of duplicates.rows) {
    const [first, ...others] = duplicate.rows;
    for (const rowNumber of others) {
      const error: RowError = {
        rowNumber,
        column: feed.naturalKey.join('+'),
        value: duplicate.natural_key,
        reason: { zh: `与第${first}行的主键重复`, en: `same natural key as row ${first}` },
      };
      result.rowsRejected++;
      if (result.rowErrors.length < MAX_REPORTED_ERRORS) result.rowErrors.push(error);
      laterRows.push(rowNumber);
      if (mode === 'quarantine') quarantined.push({ rowNumber, raw: {}, errors: [error] });
    }
  }
  if (mode === 'quarantine' && laterRows.length > 0) {
    const removed = await client.query<{ row_number: number; raw: Record<string, string> }>(
      `DELETE FROM ${STAGING_TABLE} s WHERE s.row_number = ANY($1::int[])
       RETURNING s.row_number, (SELECT jsonb_object_agg(key, value #>> '{}') FROM jsonb_each(to_jsonb(s) - 'row_number')) AS raw`,
      [laterRows],
    );
    const rawByRow = new Map(removed.rows.map((r) => [r.row_number, r.raw]));
    for (const row of quarantined) if (rawByRow.has(row.rowNumber)) row.raw = rawByRow.get(row.rowNumber)!;
  }
}

async function storeQuarantine(client: pg.PoolClient, feed: FeedDescriptor, batchId: string, rows: QuarantinedRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const slice = rows.slice(start, start + 1000);
    await client.query(
      `INSERT INTO quarantined_rows (batch_id, feed, row_number, raw, errors)
       SELECT $1::bigint, $2::text, * FROM unnest($3::int[], $4::jsonb[], $5::jsonb[])`,
      [
        batchId,
        feed.name,
        slice.map((r) => r.rowNumber),
        slice.map((r) => JSON.stringify(r.raw)),
        slice.map((r) => JSON.stringify(r.errors.map((e) => ({ column: e.column, value: e.value, zh: e.reason.zh, en: e.reason.en })))),
      ],
    );
  }
}

function rawRecord(header: readonly string[], record: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  header.forEach((name, i) => {
    if (name !== '' && !(name in raw)) raw[name] = detached((record[i] ?? '').slice(0, 1000));
  });
  return raw;
}

/** Cells past the header that are all empty (a trailing delimiter) do not misalign a row. */
function onlyEmptyBeyond(record: readonly string[], width: number): boolean {
  if (record.length < width) return false;
  for (let i = width; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

function misaligned(rowNumber: number, cells: number, columns: number): RowError {
  return {
    rowNumber,
    column: null,
    value: null,
    reason: {
      zh: `该行有${cells}列，表头有${columns}列（金额中的千位分隔逗号须加引号）`,
      en: `the row has ${cells} cells but the header has ${columns} (amounts with thousands separators must be quoted)`,
    },
  };
}

class TooManyBadRows extends Error {}

function describeFailure(error: unknown): Reason {
  if (error instanceof FileFormatError) return error.reason;
  if (error instanceof TooManyBadRows) {
    return {
      zh: `错误行超过${MAX_QUARANTINED_ROWS}行，整个文件未导入，请检查文件是否选错了数据接口或映射方案`,
      en: `more than ${MAX_QUARANTINED_ROWS} bad rows: the file was not loaded; check the feed and preset chosen`,
    };
  }
  // A value the database refused although it passed validation (a constraint of a later migration):
  // name the column or constraint, never the SQL.
  const pgError = error as { code?: unknown; column?: unknown; constraint?: unknown };
  if (typeof pgError.code === 'string' && /^2[23]/.test(pgError.code)) {
    const where = [pgError.column, pgError.constraint].filter((x): x is string => typeof x === 'string' && /^[a-z0-9_]+$/.test(x)).join(' / ');
    return {
      zh: `数据库拒绝了文件中的值${where ? `（${where}）` : ''}，未保存任何数据`,
      en: `the database refused a value of the file${where ? ` (${where})` : ''}; nothing was stored`,
    };
  }
  return { zh: '导入失败，未保存任何数据', en: 'the load failed and nothing was stored' };
}

class ProgressReporter {
  private last = 0;
  private readonly state: IngestProgress;

  constructor(
    private readonly listener: IngestRequest['onProgress'],
    totalBytes: number,
    private readonly source: RecordSource,
  ) {
    this.state = { phase: 'reading', bytesRead: 0, totalBytes, rowsParsed: 0, rowsValid: 0, rowsStored: 0 };
  }

  parsed(rows: number, valid: number): void {
    this.state.rowsParsed = rows;
    this.state.rowsValid = valid;
    const now = performance.now();
    if (now - this.last >= PROGRESS_EVERY_MS) this.emit(now);
  }

  phase(phase: IngestProgress['phase']): void {
    this.state.phase = phase;
    this.emit(performance.now());
  }

  stored(rows: number): void {
    this.state.rowsStored = rows;
  }

  private emit(now: number): void {
    this.last = now;
    this.state.bytesRead = this.source.bytesRead();
    this.listener?.({ ...this.state });
  }
}

/** Not a hash: what a batch's file_sha256 holds until its file's hash is known. */
const HASH_PENDING = '-'.repeat(64);

/**
 * A file's SHA-256, read while the load reads the file; `record` writes it to the batch and finds an
 * earlier successful batch of the same file. A stored load records it in its transaction (seen by a
 * load waiting on the feed lock); `finish` records it again, so a refused or rolled-back load has it too.
 */
class FileHash {
  private readonly digest: Promise<string>;

  constructor(filePath: string) {
    this.digest = (async () => {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
      return hash.digest('hex');
    })();
    // Awaited by record(); a file that cannot be read fails the load itself.
    this.digest.catch(() => undefined);
  }

  async record(db: pg.Pool | pg.PoolClient, result: IngestResult): Promise<void> {
    const sha256 = await this.digest;
    const same = await db.query<{ id: string }>(
      `WITH stamped AS (UPDATE ingest_batches SET file_sha256 = $2 WHERE id = $1 RETURNING feed)
       SELECT b.id::text FROM ingest_batches b, stamped
       WHERE b.feed = stamped.feed AND b.file_sha256 = $2 AND b.status = 'succeeded' AND b.id <> $1 ORDER BY b.id DESC LIMIT 1`,
      [result.batchId, sha256],
    );
    result.sameFileAs = same.rows[0]?.id ?? null;
  }
}

async function openBatch(
  client: pg.PoolClient,
  request: IngestRequest,
  file: { fileName: string; size: number; mode: IngestMode; format: string | null; encoding: string | null },
): Promise<string> {
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO ingest_batches (feed, source, mode, file_name, file_sha256, file_bytes, format, encoding, preset_name, status, created_by, backend_pid)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'running', $10, pg_backend_pid()) RETURNING id::text`,
    [
      request.feed.name,
      request.source,
      file.mode,
      file.fileName.slice(0, 255),
      HASH_PENDING,
      file.size,
      file.format ?? 'unknown',
      file.encoding ?? 'unknown',
      request.preset?.name ?? null,
      request.createdBy ?? null,
    ],
  );
  return inserted.rows[0]!.id;
}

async function finish(pool: pg.Pool, result: IngestResult, started: number, hash: FileHash): Promise<IngestResult> {
  await hash.record(pool, result).catch(() => undefined);
  result.timings.totalMs = Math.round(performance.now() - started);
  const message = result.fileErrors.map((e) => `${e.zh} / ${e.en}`).join('\n') || null;
  await pool.query(
    `UPDATE ingest_batches SET status = $2, rows_read = $3, rows_inserted = $4, rows_updated = $5, rows_unchanged = $6,
       rows_rejected = $7, rows_quarantined = $8, message = $9, warnings = $10, timings = $11, finished_at = now()
     WHERE id = $1`,
    [
      result.batchId,
      result.status,
      result.rowsRead,
      result.rowsInserted,
      result.rowsUpdated,
      result.rowsUnchanged,
      result.rowsRejected,
      result.rowsQuarantined,
      message,
      JSON.stringify(result.warnings),
      JSON.stringify(result.timings),
    ],
  );
  // One multi-row insert per thousand errors keeps large reports fast.
  for (let start = 0; start < result.rowErrors.length; start += 1000) {
    const slice = result.rowErrors.slice(start, start + 1000);
    await pool.query(
      `INSERT INTO ingest_row_errors (batch_id, row_number, "column", value, reason_zh, reason_en)
       SELECT $1::bigint, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        result.batchId,
        slice.map((e) => e.rowNumber),
        slice.map((e) => e.column),
        slice.map((e) => e.value),
        slice.map((e) => e.reason.zh),
        slice.map((e) => e.reason.en),
      ],
    );
  }
  return result;
}

/** Batches left 'running' by a process that died (SIGKILL, power loss): their transaction rolled back. */
export async function markInterruptedBatches(pool: pg.Pool): Promise<number> {
  const updated = await pool.query(
    `UPDATE ingest_batches SET status = 'failed', finished_at = now(),
       message = '导入被中断（进程退出），未保存任何数据 / the load was interrupted (the process stopped); nothing was stored'
     WHERE status = 'running' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = ingest_batches.backend_pid)`,
  );
  return updated.rowCount ?? 0;
}
