import type { BatchDetail } from '../shared/api/api.types';
import { batchErrorsCsvUrl } from '../shared/api/ingest-urls';
import { formatBytes } from '../shared/format/format-bytes';
import { formatCount } from '../shared/format/format-count';
import { formatDateTime } from '../shared/format/format-date-time';
import { formatDuration } from '../shared/format/format-duration';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';
import { BATCH_SOURCES, INGEST_MODES, batchMessage, feedName } from './ingest-vocabulary';

export type CountId = 'read' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'quarantined';

/** One of the six row counts; `tone` colours a non-zero count of rejected or quarantined rows. */
export interface CountTile {
  id: CountId;
  labelKey: MessageKey;
  value: string;
  tone: 'neutral' | 'good' | 'bad' | 'warn';
}

export interface BatchResultView {
  succeeded: boolean;
  /** Strict mode refused the whole file because of bad rows. */
  strictRefused: boolean;
  /** Shown when quarantine mode set rows aside, else null. */
  quarantineNote: string | null;
  counts: CountTile[];
  facts: { labelKey: MessageKey; value: string }[];
  fileErrors: string[];
  warnings: { column: string; text: string }[];
  errors: { rowNumber: number; column: string; value: string; reason: string }[];
  /** "显示前 500 条，共 1,234 条", or null when every error is listed. */
  errorsShownNote: string | null;
  errorsTotal: string;
  /** The full error report, when there is one. */
  csvUrl: string | null;
}

/**
 * The result of a load in the current language. `fileErrors` are the job's bilingual file-level
 * reasons when the page has them; otherwise they are read from the batch's message.
 */
export function buildBatchResultView(detail: BatchDetail, lang: Lang, fileErrors?: readonly { zh: string; en: string }[]): BatchResultView {
  const count = (id: CountId, labelKey: MessageKey, value: number, tone: CountTile['tone'] = 'neutral'): CountTile => ({
    id,
    labelKey,
    value: formatCount(value, lang),
    tone: value > 0 ? tone : 'neutral',
  });
  const seconds = (key: string) => formatDuration(detail.timings[key] ?? null, lang);
  return {
    succeeded: detail.status === 'succeeded',
    strictRefused: detail.status === 'failed' && detail.mode === 'strict' && detail.rowsRejected > 0,
    quarantineNote: detail.rowsQuarantined > 0 ? translate(lang, 'ingest.result.quarantined', { count: formatCount(detail.rowsQuarantined, lang) }) : null,
    counts: [
      count('read', 'ingest.count.read', detail.rowsRead),
      count('inserted', 'ingest.count.inserted', detail.rowsInserted, 'good'),
      count('updated', 'ingest.count.updated', detail.rowsUpdated, 'good'),
      count('unchanged', 'ingest.count.unchanged', detail.rowsUnchanged),
      count('rejected', 'ingest.count.rejected', detail.rowsRejected, 'bad'),
      count('quarantined', 'ingest.count.quarantined', detail.rowsQuarantined, 'warn'),
    ],
    facts: [
      { labelKey: 'ingest.batch.id', value: detail.id },
      { labelKey: 'ingest.batch.feed', value: `${feedName(detail.feed, lang)} · ${detail.feed}` },
      { labelKey: 'ingest.batch.file', value: detail.fileName },
      { labelKey: 'ingest.batch.source', value: translate(lang, BATCH_SOURCES[detail.source].labelKey) },
      { labelKey: 'ingest.batch.mode', value: translate(lang, INGEST_MODES[detail.mode].labelKey) },
      { labelKey: 'ingest.batch.preset', value: detail.presetName ?? NO_VALUE },
      { labelKey: 'ingest.batch.started', value: formatDateTime(detail.startedAt, lang) },
      { labelKey: 'ingest.batch.duration', value: formatDuration(detail.durationMs, lang) },
      { labelKey: 'ingest.batch.size', value: formatBytes(detail.fileBytes) },
      { labelKey: 'ingest.batch.format', value: `${detail.format.toUpperCase()} / ${detail.encoding.toUpperCase()}` },
      {
        labelKey: 'ingest.batch.timings',
        value: translate(lang, 'ingest.batch.timingsValue', { read: seconds('readMs'), check: seconds('checkMs'), store: seconds('storeMs') }),
      },
    ],
    fileErrors: fileErrors ? fileErrors.map((reason) => (lang === 'zh-CN' ? reason.zh : reason.en)) : batchMessage(detail.message, lang),
    warnings: detail.warningList.map((warning) => ({ column: warning.column, text: lang === 'zh-CN' ? warning.zh : warning.en })),
    errors: detail.errors.map((error) => ({
      rowNumber: error.rowNumber,
      column: error.column ?? NO_VALUE,
      // A required cell left blank arrives as '' (and a file-level problem without a value as null).
      value: error.value || NO_VALUE,
      reason: lang === 'zh-CN' ? error.reasonZh : error.reasonEn,
    })),
    errorsShownNote:
      detail.errorsTotal > detail.errors.length
        ? translate(lang, 'ingest.result.errorsShown', { shown: formatCount(detail.errors.length, lang), total: formatCount(detail.errorsTotal, lang) })
        : null,
    errorsTotal: formatCount(detail.errorsTotal, lang),
    csvUrl: detail.errorsTotal > 0 ? batchErrorsCsvUrl(detail.id) : null,
  };
}
