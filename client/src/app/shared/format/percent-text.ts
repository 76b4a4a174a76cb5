import { groupThousands } from './decimal';
import { NO_VALUE } from './format-percent';

const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/;

/**
 * A ratio (decimal text, "0.999999") as a percentage with `digits` decimals, rounded one way only:
 * 'down' (toward zero) for a figure judged against an "at or past" or a "below" line, so that 99.9999 %
 * never reads as 100.00 %; 'up' (away from zero) for one judged against a "more than" line. The
 * server's ratios are rounded the same way, so the two never disagree. Null → "—".
 */
export function percentText(ratio: string | null, direction: 'down' | 'up', digits = 2): string {
  if (ratio === null) return NO_VALUE;
  const match = DECIMAL.exec(ratio.trim());
  if (!match) throw new Error(`not a decimal number: "${ratio}"`);
  const [, sign = '', integer = '0', fraction = ''] = match;
  const kept = fraction.padEnd(digits + 2, '0').slice(0, digits + 2);
  let units = BigInt(integer + kept);
  if (direction === 'up' && /[1-9]/.test(fraction.slice(digits + 2))) units += 1n;
  const text = units.toString().padStart(digits + 1, '0');
  const whole = groupThousands(text.slice(0, text.length - digits));
  const decimals = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${sign && units !== 0n ? '-' : ''}${whole}${decimals}%`;
}

/** A threshold given as a decimal fraction ("1.2", "0.655") as a percentage without trailing zeros: "120%", "65.5%". */
export function linePercent(ratio: string): string {
  const match = DECIMAL.exec(ratio.trim());
  if (!match) throw new Error(`not a decimal number: "${ratio}"`);
  const [, sign = '', integer = '0', fraction = ''] = match;
  const shifted = `${integer}${fraction.padEnd(2, '0').slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  return `${sign}${shifted}${rest ? `.${rest}` : ''}%`;
}

/** A ratio as a percentage number for chart geometry, truncated like {@link percentText}; null stays null. */
export function ratioToChartPercent(ratio: string | null, digits = 2): number | null {
  return ratio === null ? null : Number(percentText(ratio, 'down', digits).replace(/[,%]/g, ''));
}
