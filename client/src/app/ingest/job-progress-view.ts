import type { IngestJob } from '../shared/api/api.types';
import type { UploadProgress } from '../shared/api/post-file';
import { formatBytes } from '../shared/format/format-bytes';
import { formatCount } from '../shared/format/format-count';
import type { Lang } from '../shared/i18n/lang';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';
import { INGEST_PHASES } from './ingest-vocabulary';

/**
 * Whole percent of `done` out of `total`, rounded down so that 100 % means finished; 0 when the
 * total is not known yet.
 */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** What the progress panel shows of an upload and the load that follows it. */
export interface JobProgressView {
  uploadPercent: number;
  /** "1.2 MB / 3.4 MB". */
  uploadBytes: string;
  /** The step titles: the phases, the last one reading 失败 when the load failed. */
  stepKeys: MessageKey[];
  /** Index into stepKeys; -1 while the file is still being sent. */
  step: number;
  stepStatus: 'process' | 'finish' | 'error';
  readPercent: number;
  readBytes: string;
  rowsParsed: string;
  rowsValid: string;
  rowsStored: string;
}

/** The panel's figures for the upload's byte count and, once the server has it, the job's progress. */
export function buildJobProgressView(upload: UploadProgress | null, job: IngestJob | null, lang: Lang): JobProgressView {
  const sent = upload?.loaded ?? 0;
  const size = upload?.total ?? 0;
  const progress = job?.progress;
  const step = progress ? INGEST_PHASES.findIndex((p) => p.phase === progress.phase) : -1;
  const finished = job?.state === 'done';
  const stepStatus = finished ? (job.status === 'succeeded' ? 'finish' : 'error') : 'process';
  // A finished load has read the whole file even if the last report came before the end.
  const bytesRead = finished ? (progress?.totalBytes ?? 0) : (progress?.bytesRead ?? 0);
  return {
    uploadPercent: job ? 100 : progressPercent(sent, size),
    uploadBytes: `${formatBytes(job ? size : sent)} / ${formatBytes(size)}`,
    stepKeys: INGEST_PHASES.map((p) => (p.phase === 'done' && stepStatus === 'error' ? 'ingest.phase.failed' : p.labelKey)),
    step: finished ? INGEST_PHASES.length - 1 : step,
    stepStatus,
    readPercent: finished ? 100 : progressPercent(bytesRead, progress?.totalBytes ?? 0),
    readBytes: `${formatBytes(bytesRead)} / ${formatBytes(progress?.totalBytes ?? 0)}`,
    rowsParsed: formatCount(progress?.rowsParsed ?? 0, lang),
    rowsValid: formatCount(progress?.rowsValid ?? 0, lang),
    rowsStored: formatCount(progress?.rowsStored ?? 0, lang),
  };
}
