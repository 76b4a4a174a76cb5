import type { FeedName, IngestMode } from './api.types';

/** What an upload is for: the server reads these from the query, the body being the file itself. */
export interface UploadRequest {
  feed: FeedName;
  mode: IngestMode;
  /** A mapping preset of the same feed, or null for the feed's own headers. */
  preset: string | null;
  /** The original file name, shown in the batch history. */
  fileName: string;
}

/** POST /api/ingest/upload with the request in the query string. */
export function ingestUploadUrl(request: UploadRequest): string {
  const query = new URLSearchParams({ feed: request.feed, mode: request.mode });
  if (request.preset) query.set('preset', request.preset);
  query.set('fileName', request.fileName);
  return `/api/ingest/upload?${query.toString()}`;
}

/** The batch's full error report (UTF-8 CSV with BOM). */
export function batchErrorsCsvUrl(batchId: string): string {
  return `/api/ingest/batches/${encodeURIComponent(batchId)}/errors.csv`;
}
