/**
 * The last fiscal year whose December lies wholly on or before the as-of date: the year before, or
 * the as-of year itself from its 31 December on. Rules of completed years (EXE-SURGE, BUD-PI1,
 * BUD-PI2) judge only years up to it.
 */
export function lastCompletedYear(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) >= '12-31' ? year : year - 1;
}
