// Worker thread body of ingestInWorker: one load with its own connection pool, its progress and its
// result posted to the thread that asked for it.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { createLogger } from '../logger';
import { findFeed } from './feeds/feed-registry';
import { ingestFile } from './ingest-file';
import type { IngestWorkerData, IngestWorkerMessage } from './ingest-in-worker';

const data = workerData as IngestWorkerData;
const post = (message: IngestWorkerMessage) => parentPort?.postMessage(message);
const feed = findFeed(data.feed);
if (!feed) throw new Error(`unknown feed ${data.feed}`);
// The load's connection, the fast path's key probe and the partition upkeep: at most three at once.
const pool = new pg.Pool({ connectionString: data.databaseUrl, max: 3 });
try {
  const result = await ingestFile(pool, {
    ...data.request,
    feed,
    logger: createLogger(data.logLevel),
    onProgress: (progress) => post({ kind: 'progress', progress }),
  });
  post({ kind: 'result', result });
} finally {
  await pool.end();
}
