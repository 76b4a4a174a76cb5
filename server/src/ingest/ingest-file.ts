import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { toCopyLine } from './copy-text';
import type { FeedDescriptor } from './feeds/feed-descriptor';
import type { Reason } from './parse-values';
import { readDelimited } from './read-delimited';
import { compileRowValidator, mapHeader, type RowError } from './row-validator';
import { copyIntoStagingSql, createStagingSql, duplicateKeysSql, upsertSql } from './staged-upsert.sql';

export type IngestSource = 'cli' | 'upload' | 'inbox' | 'demo';

export interface IngestRequest {
  feed: FeedDescriptor;
  filePath: string;
  /** Name shown in the batch history; defaults to the file's base name. */
  fileName?: string;
  source: IngestSource;
  createdBy?: number;
}

export interface IngestResult {
  batchId: string;
  status: 'succeeded' | 'failed';
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  /** Problems with the file as a whole (unreadable, header unusable). */
  fileErrors: Reason[];
  /** Row problems, at most MAX_REPORTED_ERRORS of them; rowsRejected counts them all. */
  rowErrors: RowError[];
}

const MAX_REPORTED_ERRORS = 10_000;
const LINES_PER_CHUNK = 2_000;

/**
 * Loads one feed file, all or nothing: every row is read and checked, good rows are copied into a
 * temporary staging table, and only when no row failed are they upserted by natural key in the
 * same transaction (changed rows logged in change_log). A failed file stores nothing but its
 * batch record and error report. Loads of the same feed are serialised by an advisory lock.
 */
export async function ingestFile(pool: pg.Pool, request: IngestRequest): Promise<IngestResult> {
  const { feed, filePath } = request;
  const fileName = request.fileName ?? path.basename(filePath);
  const [sha256, { size }] = await Promise.all([hashFile(filePath), stat(filePath)]);
  const source = await readDelimited(filePath);
  const batchId = await openBatch(pool, request, { fileName, sha256, size, encoding: source.encoding });

  const result: IngestResult = {
    batchId,
    status: 'failed',
    rowsRead: 0,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRejected: 0,
    fileErrors: [],
    rowErrors: [],
  };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ingest:${feed.name}`]);
    await client.query(createStagingSql(feed));
    await copyRows(client, feed, source.records, result);
    if (result.fileErrors.length === 0 && result.rowsRejected === 0) await rejectDuplicateKeys(client, feed, result);
    if (result.fileErrors.length > 0 || result.rowsRejected > 0) {
      await client.query('ROLLBACK');
    } else {
      const counts = await client.query<{ inserted: number; updated: number }>(upsertSql(feed), [batchId, feed.name]);
      result.rowsInserted = counts.rows[0]?.inserted ?? 0;
      result.rowsUpdated = counts.rows[0]?.updated ?? 0;
      result.rowsUnchanged = result.rowsRead - result.rowsInserted - result.rowsUpdated;
      result.status = 'succeeded';
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    result.fileErrors.push(describeFailure(error));
  } finally {
    client.release();
  }
  await closeBatch(pool, result);
  return result;
}

async function copyRows(
  client: pg.PoolClient,
  feed: FeedDescriptor,
  records: AsyncIterable<string[]>,
  result: IngestResult,
): Promise<void> {
  const rejectRow = (errors: RowError[]) => {
    result.rowsRejected++;
    for (const error of errors) if (result.rowErrors.length < MAX_REPORTED_ERRORS) result.rowErrors.push(error);
  };
  async function* copyLines(): AsyncGenerator<string> {
    let validate: ReturnType<typeof compileRowValidator> | undefined;
    let rowNumber = 1; // the header is row 1, as a spreadsheet shows it
    let chunk = '';
    for await (const record of records) {
      if (!validate) {
        const header = mapHeader(feed, record);
        if ('errors' in header) {
          result.fileErrors.push(...header.errors);
          return;
        }
        validate = compileRowValidator(feed, header.positions);
        continue;
      }
      rowNumber++;
      result.rowsRead++;
      const row = validate(record, rowNumber);
      if (!row.ok) rejectRow(row.errors);
      else if (result.rowsRejected === 0) chunk += toCopyLine([rowNumber, ...row.values]);
      if (chunk.length > 0 && rowNumber % LINES_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (!validate) result.fileErrors.push({ zh: '文件为空或没有表头', en: 'the file is empty or has no header row' });
    if (chunk.length > 0) yield chunk;
  }
  await pipeline(Readable.from(copyLines()), client.query(copyFrom(copyIntoStagingSql(feed))));
}

async function rejectDuplicateKeys(client: pg.PoolClient, feed: FeedDescriptor, result: IngestResult): Promise<void> {
  const duplicates = await client.query<{ natural_key: string; rows: number[] }>(duplicateKeysSql(feed));
  for (const duplicate of duplicates.rows) {
    const [first, ...others] = duplicate.rows;
    for (const rowNumber of others) {
      result.rowsRejected++;
      result.rowErrors.push({
        rowNumber,
        column: feed.naturalKey.join('+'),
        value: duplicate.natural_key,
        reason: { zh: `与第${first}行的主键重复`, en: `same natural key as row ${first}` },
      });
    }
  }
}

function describeFailure(error: unknown): Reason {
  const message = error instanceof Error ? error.message : String(error);
  if (/Invalid|Quote|record|column/i.test(message) && !/relation|syntax/i.test(message)) {
    return { zh: `文件无法解析：${message}`, en: `the file cannot be parsed: ${message}` };
  }
  return { zh: '导入失败，未保存任何数据', en: `the load failed and nothing was stored (${message})` };
}

async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function openBatch(
  pool: pg.Pool,
  request: IngestRequest,
  file: { fileName: string; sha256: string; size: number; encoding: string },
): Promise<string> {
  const inserted = await pool.query<{ id: string }>(
    `INSERT INTO ingest_batches (feed, source, file_name, file_sha256, file_bytes, format, encoding, status, created_by)
     VALUES ($1, $2, $3, $4, $5, 'csv', $6, 'running', $7) RETURNING id::text`,
    [request.feed.name, request.source, file.fileName, file.sha256, file.size, file.encoding, request.createdBy ?? null],
  );
  return inserted.rows[0]!.id;
}

async function closeBatch(pool: pg.Pool, result: IngestResult): Promise<void> {
  const message = result.fileErrors.map((e) => `${e.zh} / ${e.en}`).join('\n') || null;
  await pool.query(
    `UPDATE ingest_batches SET status = $2, rows_read = $3, rows_inserted = $4, rows_updated = $5,
       rows_unchanged = $6, rows_rejected = $7, message = $8, finished_at = now() WHERE id = $1`,
    [
      result.batchId,
      result.status,
      result.rowsRead,
      result.rowsInserted,
      result.rowsUpdated,
      result.rowsUnchanged,
      result.rowsRejected,
      message,
    ],
  );
  if (result.rowErrors.length === 0) return;
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
}
