import Decimal from 'decimal.js';

/** Enough significant digits that a ratio of two NUMERIC(18,2) amounts is never rounded across a threshold. */
const Exact = Decimal.clone({ precision: 60 });

/**
 * part / whole × 100, exact to 60 significant digits, or null when whole is zero. Compare this with
 * thresholds (ladder(), .gte(), .lt()); round only for display, with {@link shown}.
 */
export function percentOf(part: Decimal.Value, whole: Decimal.Value): Decimal | null {
  const divisor = new Exact(whole);
  return divisor.isZero() ? null : new Exact(part).times(100).dividedBy(divisor);
}

/**
 * A value for an explanation, rounded so that it never seems to contradict the comparison made
 * on the exact value: 'down' for "at or above" and "below" findings (19.9999 % below 20 % shows
 * 19.99, not 20.00), 'up' for "strictly above" findings (20.0001 % above 20 % shows 20.01).
 */
export function shown(value: Decimal.Value, rounding: 'down' | 'up', places = 2): string {
  return new Decimal(value)
    .toDecimalPlaces(places, rounding === 'down' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL)
    .toFixed(places);
}
