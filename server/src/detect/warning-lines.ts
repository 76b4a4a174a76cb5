import Decimal from 'decimal.js';
import { percentOf } from './percent';
import { ladder, type Severity } from './rule-descriptor';
import type { Indicator, RuleLines } from './warning-lines.schemas';

/** A rung of a rule's ladder as its parameters give it: a severity and a threshold in percent. */
export type Rung = readonly [Severity, number];

/**
 * part / whole against a ladder of "at or past" rungs, compared exactly as the rules compare it
 * (detect/percent.ts); the value is truncated to 6 decimals so that it never shows past a line it
 * is under. No ratio (and no severity) where whole is not positive: the rules judge none there.
 */
export function indicator(part: Decimal.Value, whole: Decimal.Value | null, rungs: readonly Rung[]): Indicator {
  if (whole === null || !new Decimal(whole).gt(0)) return { value: null, severity: null };
  const percent = percentOf(part, whole)!;
  return { value: ratioText(percent), severity: ladder(percent, rungs)?.severity ?? null };
}

/** part / whole as a decimal fraction with 6 decimals, truncated like {@link indicator}'s; null where whole is not positive. */
export function shareOf(part: Decimal.Value, whole: Decimal.Value): string | null {
  return new Decimal(whole).gt(0) ? ratioText(percentOf(part, whole)!) : null;
}

/** A percentage as a decimal fraction with 6 decimals, truncated (toward zero). */
export function ratioText(percent: Decimal): string {
  return percent.dividedBy(100).toDecimalPlaces(6, Decimal.ROUND_DOWN).toFixed(6);
}

/** A rule's rungs as the API gives them: thresholds as decimal fractions (100 % → "1"). */
export function ruleLines(ruleCode: string, rungs: readonly Rung[]): RuleLines {
  return {
    ruleCode,
    lines: rungs.map(([severity, threshold]) => ({ severity, ratio: new Decimal(threshold).dividedBy(100).toFixed() })),
  };
}
