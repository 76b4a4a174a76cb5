/**
 * Exact sums and ratios of money (decimal text in yuan) for the figures the API does not give
 * ready-made, such as a function class's execution rate; digits go through BigInt, never a float.
 */

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;
const RATIO_DIGITS = 6;

/** The value × 10^scale as an integer. */
function scaled(text: string, scale: number): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new Error(`not a decimal number: "${text}"`);
  const [, sign, integer = '0', fraction = ''] = match;
  if (fraction.length > scale) throw new Error(`more than ${scale} decimals: "${text}"`);
  const units = BigInt(integer + fraction.padEnd(scale, '0'));
  return sign === '-' ? -units : units;
}

const MONEY_SCALE = 2;

/** Σ values, exactly, with two decimals ("0.00" for none). */
export function sumMoney(values: readonly string[]): string {
  const total = values.reduce((sum, value) => sum + scaled(value, MONEY_SCALE), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(MONEY_SCALE + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -MONEY_SCALE)}.${digits.slice(-MONEY_SCALE)}`;
}

/**
 * numerator / denominator as ratio text with six decimals ("0.451200"), rounded half away from
 * zero like the server's ratios; null when the denominator is zero.
 */
export function ratioOf(numerator: string, denominator: string): string | null {
  const top = scaled(numerator, MONEY_SCALE);
  const bottom = scaled(denominator, MONEY_SCALE);
  if (bottom === 0n) return null;
  const negative = top < 0n !== bottom < 0n && top !== 0n;
  const magnitudeTop = (top < 0n ? -top : top) * 10n ** BigInt(RATIO_DIGITS);
  const magnitudeBottom = bottom < 0n ? -bottom : bottom;
  const quotient = magnitudeTop / magnitudeBottom;
  const rounded = quotient + ((magnitudeTop % magnitudeBottom) * 2n >= magnitudeBottom ? 1n : 0n);
  const digits = rounded.toString().padStart(RATIO_DIGITS + 1, '0');
  const sign = negative && rounded !== 0n ? '-' : '';
  return `${sign}${digits.slice(0, -RATIO_DIGITS)}.${digits.slice(-RATIO_DIGITS)}`;
}
