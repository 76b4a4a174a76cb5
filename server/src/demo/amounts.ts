import { splitFen } from './money';
import type { Random } from './prng';

/** The largest single payment: just under PAY-LARGE's 5,000,000 yuan. */
export const MAX_PAYMENT_FEN = 499_999_999;
/** The largest payment to a person outside wages and household transfers: under PAY-INDIV's 50,000 yuan. */
export const MAX_INDIVIDUAL_FEN = 4_999_999;

/**
 * Fractional parts of log10 for `count` amounts, stratified ((k + u) / count, shuffled) instead of
 * independent: the first digits of an agency's payments then follow Benford's law almost exactly
 * (mean absolute deviation ≈ 0.5 / count), where independent draws would wander by ~0.014 at 300.
 */
export function stratifiedMantissas(count: number, random: Random): Float64Array {
  const values = new Float64Array(count);
  for (let k = 0; k < count; k++) values[k] = (k + random.next()) / count;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
  return values;
}

/**
 * An amount in fen of 10^(decade + mantissa) yuan. Above `capFen` the decade is lowered, which keeps
 * the first digit (and so Benford conformity) while respecting the cap.
 */
export function drawAmount(decade: number, mantissa: number, capFen: number): number {
  for (let d = decade; ; d--) {
    const fen = Math.round(Math.pow(10, d + mantissa) * 100);
    if (fen <= capFen || d <= 0) return Math.max(1, fen);
  }
}

/** The same first digit one decade lower: 123,456.78 → 12,345.68. */
export function decadeDown(fen: number): number {
  return Math.max(1, Math.round(fen / 10));
}

/** No single payment above this share of its agency-and-book year, so one payment never jumps the curve. */
export const MAX_SHARE_BP = 600;

/**
 * Releases of a reserve fund (动用预备费) that add up exactly to `totalFen`: 24 or more, each under the
 * single-payment cap and under MAX_SHARE_BP of the agency's book-year (`otherFen` is the rest of it).
 * Their sizes are 10^mantissa for stratified mantissas, scaled to the total: scaling only rotates the
 * mantissas, so the releases stay Benford-conforming like every other payment.
 */
export function drawReleases(totalFen: number, otherFen: number, random: Random): number[] {
  for (let count = Math.max(24, Math.ceil(totalFen / 150_000_000)); ; count += 4) {
    const weights = Array.from(stratifiedMantissas(count, random), (f) => Math.round(Math.pow(10, 6 + f)));
    const amounts = splitFen(totalFen, weights);
    const largest = Math.max(...amounts);
    if (
      amounts.every((a) => a > 0) &&
      largest <= MAX_PAYMENT_FEN &&
      largest * 10_000 <= (totalFen + otherFen) * MAX_SHARE_BP
    )
      return amounts;
  }
}
