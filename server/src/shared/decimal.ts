import Decimal from 'decimal.js';

/** Sums decimal strings exactly and returns money text with two decimals. */
export function sumMoney(values: readonly string[]): string {
  return values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed(2);
}

/** numerator / denominator as a decimal string with 6 decimals, or null when the denominator is zero. */
export function ratio(numerator: string, denominator: string): string | null {
  const divisor = new Decimal(denominator);
  return divisor.isZero() ? null : new Decimal(numerator).dividedBy(divisor).toFixed(6);
}
