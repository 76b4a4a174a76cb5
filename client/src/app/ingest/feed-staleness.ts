/** A feed not loaded for more than this many days is flagged (the feeds are daily or monthly: a week means a missed delivery). */
export const STALE_AFTER_DAYS = 7;

export type Staleness = 'fresh' | 'stale' | 'never';

/** How current a feed is, from the days since its last successful load (null: never loaded). */
export function feedStaleness(daysSince: number | null): Staleness {
  if (daysSince === null) return 'never';
  return daysSince > STALE_AFTER_DAYS ? 'stale' : 'fresh';
}
