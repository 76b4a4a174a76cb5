import type { BatchSummary } from '../shared/api/api.types';
import { formatCount } from '../shared/format/format-count';
import { formatDateTime } from '../shared/format/format-date-time';
import { formatDuration } from '../shared/format/format-duration';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { BATCH_SOURCES, BATCH_STATUSES, INGEST_MODES, feedName } from './ingest-vocabulary';

/** A tag's text and ng-zorro colour. */
export interface TagView {
  label: string;
  color: string;
}

/** One line of the load history, every value ready to print. */
export interface BatchHistoryRow {
  id: string;
  feedName: string;
  feedKey: string;
  fileName: string;
  source: TagView;
  mode: string;
  status: TagView & { key: BatchSummary['status'] };
  rowsRead: string;
  rowsInserted: string;
  rowsUpdated: string;
  rowsUnchanged: string;
  rowsRejected: string;
  rowsQuarantined: string;
  hasRejected: boolean;
  hasQuarantined: boolean;
  started: string;
  duration: string;
  preset: string;
}

export function buildBatchHistoryRows(batches: readonly BatchSummary[], lang: Lang): BatchHistoryRow[] {
  const count = (value: number) => formatCount(value, lang);
  return batches.map((batch) => ({
    id: batch.id,
    feedName: feedName(batch.feed, lang),
    feedKey: batch.feed,
    fileName: batch.fileName,
    source: { label: translate(lang, BATCH_SOURCES[batch.source].labelKey), color: BATCH_SOURCES[batch.source].color },
    mode: translate(lang, INGEST_MODES[batch.mode].labelKey),
    status: { key: batch.status, label: translate(lang, BATCH_STATUSES[batch.status].labelKey), color: BATCH_STATUSES[batch.status].color },
    rowsRead: count(batch.rowsRead),
    rowsInserted: count(batch.rowsInserted),
    rowsUpdated: count(batch.rowsUpdated),
    rowsUnchanged: count(batch.rowsUnchanged),
    rowsRejected: count(batch.rowsRejected),
    rowsQuarantined: count(batch.rowsQuarantined),
    hasRejected: batch.rowsRejected > 0,
    hasQuarantined: batch.rowsQuarantined > 0,
    started: formatDateTime(batch.startedAt, lang),
    duration: formatDuration(batch.durationMs, lang),
    preset: batch.presetName ?? NO_VALUE,
  }));
}
