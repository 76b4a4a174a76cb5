import type { BatchSource, FeedFreshness } from '../shared/api/api.types';
import { formatCount } from '../shared/format/format-count';
import { formatDateTime } from '../shared/format/format-date-time';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import type { TagView } from './batch-history-rows';
import { feedStaleness, type Staleness } from './feed-staleness';
import { BATCH_SOURCES, feedName } from './ingest-vocabulary';

/** One feed's line of the status table. */
export interface FreshnessRow {
  feed: string;
  name: string;
  rows: string;
  lastLoad: string;
  source: TagView | null;
  fileName: string;
  staleness: Staleness;
  age: TagView;
  lastFailure: string | null;
}

const AGE_COLORS: Readonly<Record<Staleness, string>> = { fresh: 'success', stale: 'warning', never: 'error' };

function isSource(source: string | null): source is BatchSource {
  return source !== null && source in BATCH_SOURCES;
}

function ageLabel(daysSince: number | null, lang: Lang): string {
  const staleness = feedStaleness(daysSince);
  if (daysSince === null || staleness === 'never') return translate(lang, 'ingest.freshness.never');
  if (staleness === 'stale') return translate(lang, 'ingest.freshness.staleDays', { days: daysSince });
  return daysSince === 0 ? translate(lang, 'ingest.freshness.today') : translate(lang, 'ingest.freshness.daysAgo', { days: daysSince });
}

export function buildFreshnessRows(feeds: readonly FeedFreshness[], lang: Lang): FreshnessRow[] {
  return feeds.map((feed) => {
    const staleness = feedStaleness(feed.daysSince);
    const source = isSource(feed.lastSource) ? BATCH_SOURCES[feed.lastSource] : null;
    return {
      feed: feed.feed,
      name: feedName(feed.feed, lang),
      // The estimate is 0 until PostgreSQL has analysed the table, which lags behind a fresh load.
      rows: feed.rows === 0 && feed.lastLoadAt !== null ? NO_VALUE : formatCount(feed.rows, lang),
      lastLoad: formatDateTime(feed.lastLoadAt, lang),
      source: source ? { label: translate(lang, source.labelKey), color: source.color } : null,
      fileName: feed.lastFileName ?? NO_VALUE,
      staleness,
      age: { label: ageLabel(feed.daysSince, lang), color: AGE_COLORS[staleness] },
      lastFailure: feed.lastFailedAt === null ? null : formatDateTime(feed.lastFailedAt, lang),
    };
  });
}

/** How many feeds need attention: not updated for over STALE_AFTER_DAYS, or never loaded. */
export function countStaleFeeds(feeds: readonly FeedFreshness[]): { stale: number; never: number } {
  const levels = feeds.map((feed) => feedStaleness(feed.daysSince));
  return { stale: levels.filter((l) => l === 'stale').length, never: levels.filter((l) => l === 'never').length };
}
