/**
 * Time progress (序时进度) of a fiscal year at a date: days elapsed including the date itself,
 * divided by the days in the year (365 or 366). China's fiscal year is the calendar year.
 * Returns a decimal string with 6 decimals, e.g. "0.887671" for 20 November 2026.
 */
export function timeProgress(fiscalYear: number, asOf: string): string {
  const date = Date.parse(`${asOf}T00:00:00Z`);
  const start = Date.UTC(fiscalYear, 0, 1);
  const end = Date.UTC(fiscalYear + 1, 0, 1);
  if (Number.isNaN(date)) throw new Error(`invalid date: ${asOf}`);
  const daysInYear = (end - start) / 86_400_000;
  const elapsed = Math.min(Math.max((date - start) / 86_400_000 + 1, 0), daysInYear);
  return (elapsed / daysInYear).toFixed(6);
}

/** The last day of a fiscal year, as the as-of date of a closed year. */
export const yearEnd = (fiscalYear: number): string => `${fiscalYear}-12-31`;
