import type { BatchSource, BatchStatus, FeedName, IngestMode, IngestPhase } from '../shared/api/api.types';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';

/** The feed's name in the interface language (the dictionaries must name all twelve: checked by the compiler). */
export function feedName(feed: FeedName, lang: Lang): string {
  const key: `feed.${FeedName}` = `feed.${feed}`;
  return translate(lang, key satisfies MessageKey);
}

/** How a feed is offered in a select: its name and its English key ("国库集中支付明细 · payments"). */
export function feedLabel(feed: FeedName, lang: Lang): string {
  return `${feedName(feed, lang)} · ${feed}`;
}

/** ng-zorro tag colour and label of each batch status. */
export const BATCH_STATUSES: Readonly<Record<BatchStatus, { labelKey: MessageKey; color: string }>> = {
  running: { labelKey: 'ingest.status.running', color: 'processing' },
  succeeded: { labelKey: 'ingest.status.succeeded', color: 'success' },
  failed: { labelKey: 'ingest.status.failed', color: 'error' },
};

/** Where a batch came from. */
export const BATCH_SOURCES: Readonly<Record<BatchSource, { labelKey: MessageKey; color: string }>> = {
  upload: { labelKey: 'ingest.source.upload', color: 'blue' },
  inbox: { labelKey: 'ingest.source.inbox', color: 'cyan' },
  cli: { labelKey: 'ingest.source.cli', color: 'purple' },
  demo: { labelKey: 'ingest.source.demo', color: 'default' },
};

/** The two ways a file with bad rows is handled. */
export const INGEST_MODES: Readonly<Record<IngestMode, { labelKey: MessageKey; hintKey: MessageKey }>> = {
  strict: { labelKey: 'ingest.mode.strict', hintKey: 'ingest.mode.strictHint' },
  quarantine: { labelKey: 'ingest.mode.quarantine', hintKey: 'ingest.mode.quarantineHint' },
};

/** The load's phases in order, as the progress steps show them. */
export const INGEST_PHASES: readonly { phase: IngestPhase; labelKey: MessageKey }[] = [
  { phase: 'reading', labelKey: 'ingest.phase.reading' },
  { phase: 'checking', labelKey: 'ingest.phase.checking' },
  { phase: 'storing', labelKey: 'ingest.phase.storing' },
  { phase: 'done', labelKey: 'ingest.phase.done' },
];

/**
 * The batch's message in one language. The server stores file-level failures as "中文 / English"
 * lines; a line without the separator is shown as it is.
 */
export function batchMessage(message: string | null, lang: Lang): string[] {
  if (message === null) return [];
  return message
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const separator = line.indexOf(' / ');
      if (separator < 0) return line;
      return lang === 'zh-CN' ? line.slice(0, separator) : line.slice(separator + 3);
    });
}
