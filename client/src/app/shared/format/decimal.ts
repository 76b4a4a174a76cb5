/**
 * Exact decimal arithmetic for display. Money arrives as decimal text ("1234567.89") that may
 * exceed 2^53 at provincial scale, so the digits are held in a BigInt and only the decimal point
 * moves: nothing ever passes through a float.
 */

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d*))?$/;

/** A decimal rounded to a fixed number of fraction digits, split for formatting. */
export interface FixedDecimal {
  negative: boolean;
  /** Integer digits without sign or leading zeros ("0" at least). */
  integer: string;
  /** Exactly the requested number of fraction digits. */
  fraction: string;
}

interface ScaledDecimal {
  /** The digits as an integer: value = units / 10^scale. */
  units: bigint;
  scale: number;
}

function parseDecimal(text: string): ScaledDecimal {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) throw new Error(`not a decimal number: "${text}"`);
  const [, sign, integer = '0', fraction = ''] = match;
  const magnitude = BigInt(integer + fraction);
  return { units: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

/**
 * Divides `value` by 10^shift (4 for 万元, 8 for 亿元) and rounds half away from zero (四舍五入 on
 * the magnitude) to `digits` fraction digits. A result that rounds to zero is never negative.
 */
export function toFixedDecimal(value: string, digits: number, shift = 0): FixedDecimal {
  const { units, scale } = parseDecimal(value);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const sourceScale = scale + shift;
  let rounded: bigint;
  if (sourceScale <= digits) {
    rounded = magnitude * pow10(digits - sourceScale);
  } else {
    const divisor = pow10(sourceScale - digits);
    const remainder = magnitude % divisor;
    rounded = magnitude / divisor + (remainder * 2n >= divisor ? 1n : 0n);
  }
  const text = rounded.toString().padStart(digits + 1, '0');
  return {
    negative: negative && rounded !== 0n,
    integer: text.slice(0, text.length - digits),
    fraction: text.slice(text.length - digits),
  };
}

/** "1234567" → "1,234,567". */
export function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Joins a fixed decimal back into text, with thousands separators when asked. */
export function fixedDecimalToString(value: FixedDecimal, grouping = true): string {
  const integer = grouping ? groupThousands(value.integer) : value.integer;
  const sign = value.negative ? '-' : '';
  return value.fraction ? `${sign}${integer}.${value.fraction}` : `${sign}${integer}`;
}

/** a − b, exactly, as decimal text with the larger of the two scales. */
export function subtractDecimal(a: string, b: string): string {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = left.units * pow10(scale - left.scale) - right.units * pow10(scale - right.scale);
  const negative = difference < 0n;
  const digits = (negative ? -difference : difference).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${integer}${fraction ? '.' + fraction : ''}`;
}

/** Number of integer digits of |value| ("0.5" → 0, "-12345.6" → 5), used to pick a unit exactly. */
export function integerDigitCount(value: string): number {
  const { units, scale } = parseDecimal(value);
  const magnitude = (units < 0n ? -units : units).toString();
  return Math.max(0, magnitude.replace(/^0+/, '').length - scale);
}
