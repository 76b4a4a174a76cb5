import { fixedDecimalToString, subtractDecimal, toFixedDecimal } from './decimal';

/** Shown where a ratio has no value (a zero denominator). */
export const NO_VALUE = '—';

/** A ratio as decimal text ("0.4512") → "45.1%" (1 decimal by default, 2 on request); null → "—". */
export function formatPercent(ratio: string | null, digits: 1 | 2 = 1): string {
  if (ratio === null) return NO_VALUE;
  return `${fixedDecimalToString(toFixedDecimal(ratio, digits, -2))}%`;
}

/**
 * The gap between two ratios in percentage points, rounded exactly: ("0.4512", "0.5") → "-4.9".
 * Null when either side is missing.
 */
export function percentagePointGap(ratio: string | null, reference: string | null, digits: 1 | 2 = 1): string | null {
  if (ratio === null || reference === null) return null;
  return fixedDecimalToString(toFixedDecimal(subtractDecimal(ratio, reference), digits, -2));
}

/** A ratio as a percentage number for chart geometry (0.4512 → 45.12); null stays null (no bar). */
export function ratioToPercentNumber(ratio: string | null, digits = 2): number | null {
  if (ratio === null) return null;
  return Number(fixedDecimalToString(toFixedDecimal(ratio, digits, -2), false));
}
