import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import { ingestFile, type IngestProgress, type IngestRequest, type IngestResult } from './ingest-file';

/** What the worker needs: plain data only (a feed by name, the preset as stored). */
export interface IngestWorkerData {
  entry: string;
  databaseUrl: string;
  feed: string;
  request: Omit<IngestRequest, 'feed' | 'logger' | 'onProgress'>;
  logLevel: string;
}

export type IngestWorkerMessage = { kind: 'progress'; progress: IngestProgress } | { kind: 'result'; result: IngestResult };

const BOOTSTRAP = new URL('../workers/ts-worker.mjs', import.meta.url);
const ENTRY = new URL('./ingest-worker.ts', import.meta.url).href;

/**
 * The heap of a load. Its live data is a few batches of rows (~30 MB for payments) or, in quarantine
 * mode, up to 100,000 bad rows; the caps keep the garbage of a long load from growing the process
 * (docs/benchmarks.md: peak RSS while loading a 2 GB file). A young generation of 96 MB parses
 * faster on its own (1M payments, parse alone: 5.2 against 7.5 s), but in a load, where PostgreSQL's
 * COPY sets the pace, the first load was no faster (23.8–24.8 against 23.2–23.4 s) for 60–90 MiB
 * more RSS.
 */
export const INGEST_WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48 } as const;

/**
 * Files up to this size load in the calling thread: their parse is short (about 0.4 s of CPU for
 * 16 MiB of payments, in slices between which the event loop runs), shorter than a worker's start
 * (~0.7 s: the worker loads the pipeline's modules afresh). A day's payments of the demo city are 0.6 MiB.
 */
export const IN_THREAD_MAX_BYTES = 16 * 2 ** 20;

/** Where a file of this size is loaded. */
export function loadsInWorker(bytes: number): boolean {
  return bytes > IN_THREAD_MAX_BYTES;
}

/**
 * The entry of the CLI, the upload and the inbox into the one pipeline: ingestFile, in a worker
 * thread for a large file (ingestInWorker), in this thread for a small one.
 */
export async function runIngest(pool: pg.Pool, request: IngestRequest): Promise<IngestResult> {
  const { size } = await stat(request.filePath);
  return loadsInWorker(size) ? ingestInWorker(pool, request) : ingestFile(pool, request);
}

/**
 * ingestFile in a worker thread of its own: the parsing and validation of a large file then never
 * hold up the event loop that answers the dashboard, and the load's memory is capped. Same request,
 * same result; progress arrives as the worker reports it. Rejects only when the worker itself fails
 * (it could not start, or ran out of its heap: the load's transaction dies with its connections, so
 * nothing is stored).
 */
export function ingestInWorker(pool: pg.Pool, request: IngestRequest): Promise<IngestResult> {
  const databaseUrl = pool.options.connectionString;
  if (!databaseUrl) return Promise.reject(new Error('the pool has no connection string to give the ingest worker'));
  const { feed, logger, onProgress, ...rest } = request;
  const data: IngestWorkerData = { entry: ENTRY, databaseUrl, feed: feed.name, request: rest, logLevel: logger?.level ?? 'warn' };
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { workerData: data, resourceLimits: INGEST_WORKER_LIMITS });
    let result: IngestResult | undefined;
    let failure: unknown;
    worker.on('message', (message: IngestWorkerMessage) => {
      if (message.kind === 'progress') onProgress?.(message.progress);
      else result = message.result;
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (result) resolve(result);
      else reject(failure instanceof Error ? failure : new Error(`the ingest worker stopped with exit code ${code}`));
    });
  });
}
