/**
 * Amounts in the demo are integer fen (分), always safe integers (the largest sums stay far below
 * 2^53 fen). Floating point is only used to draw a random magnitude, which is then rounded to fen;
 * every sum, share and ratio applied to an amount goes through the integer helpers here.
 */

/** Fen → canonical money text with exactly two decimals, e.g. -12345 → "-123.45". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Yuan (an integer) → fen. */
export function yuan(amount: number): number {
  return amount * 100;
}

/** fen × numerator / denominator, rounded half away from zero, computed exactly with BigInt. */
export function scaleFen(fen: number, numerator: number, denominator: number): number {
  const product = BigInt(fen) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const half = divisor / 2n;
  const rounded = product >= 0n ? (product + half) / divisor : -((-product + half) / divisor);
  return Number(rounded);
}

/** ⌈fen × numerator / denominator⌉, exactly (BigInt). */
export function ceilScaleFen(fen: number, numerator: number, denominator: number): number {
  const product = BigInt(fen) * BigInt(numerator);
  const divisor = BigInt(denominator);
  return Number(product >= 0n ? (product + divisor - 1n) / divisor : product / divisor);
}

/** Rounds fen up to a multiple of `unit` fen (e.g. 100_000 fen = 1,000 yuan). */
export function ceilToUnit(fen: number, unit: number): number {
  return Math.ceil(fen / unit) * unit;
}

/** Rounds fen to the nearest multiple of `unit` fen, never below one unit. */
export function roundToUnit(fen: number, unit: number): number {
  return Math.max(unit, Math.round(fen / unit) * unit);
}

/** A natural budget rounding unit for an amount: 10 yuan below 10k, 100 below 100k, 1,000 below 1M, else 10,000 (万元). */
export function budgetUnit(fen: number): number {
  if (fen < yuan(10_000)) return yuan(10);
  if (fen < yuan(100_000)) return yuan(100);
  if (fen < yuan(1_000_000)) return yuan(1_000);
  return yuan(10_000);
}

/** Splits a total into parts proportional to integer weights; the parts add up to the total exactly. */
export function splitFen(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => scaleFen(total, w, sum));
  const drift = total - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1]! += drift;
  return parts;
}
