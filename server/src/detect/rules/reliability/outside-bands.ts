import type Decimal from 'decimal.js';
import type { Severity } from '../../rule-descriptor';

/**
 * The widest band (severity, low %, high %) that a rate lies outside of — strictly below its low or
 * strictly above its high bound, so a rate at a bound is inside — with the bound crossed; null when
 * it is inside every band. For PEFA-style outturn bands (BUD-PI1) and single bands (BUD-RESERVE).
 */
export function outsideBands(
  rate: Decimal,
  bands: readonly (readonly [Severity, number, number])[],
): { severity: Severity; threshold: number } | null {
  const widestFirst = [...bands].sort((a, b) => b[2] - b[1] - (a[2] - a[1]));
  for (const [severity, low, high] of widestFirst) {
    if (rate.lt(low)) return { severity, threshold: low };
    if (rate.gt(high)) return { severity, threshold: high };
  }
  return null;
}
