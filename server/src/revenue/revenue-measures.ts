import Decimal from 'decimal.js';
import { percentOf } from '../detect/percent';
import { timeProgress } from '../execution/time-progress';
import { ratio } from '../shared/decimal';

/*
 * The page's measures of revenue, computed and compared exactly as the revenue rules do
 * (detect/rules/revenue: REV-PACE, REV-NONTAX, REV-DECLINE), so that a flag on the page and an
 * alert never disagree on the same figures. Parameters are the rules' own, in percent.
 */

/** The last month up to which every month from January is present (0 when January is missing). */
export function throughMonth(months: Iterable<number>): number {
  const present = new Set(months);
  let through = 0;
  while (through < 12 && present.has(through + 1)) through++;
  return through;
}

/** The last day of a month (ISO date). */
export function monthEnd(fiscalYear: number, month: number): string {
  return new Date(Date.UTC(fiscalYear, month, 0)).toISOString().slice(0, 10);
}

/** 序时进度 at the end of a month, and 月度进度 (month / 12); both null for month 0. */
export function progressAt(
  fiscalYear: number,
  month: number,
): { timeProgress: string | null; monthProgress: string | null } {
  if (month === 0) return { timeProgress: null, monthProgress: null };
  return {
    timeProgress: timeProgress(fiscalYear, monthEnd(fiscalYear, month)),
    monthProgress: new Decimal(month).div(12).toFixed(6),
  };
}

/** A rule's parameter in percent as a ratio line ("10" → "0.1"). */
export const percentLine = (percent: number): string => new Decimal(percent).div(100).toString();

/** An exact percentage difference as ratio text, rounded down to 6 decimals so it never reads past its line. */
const ratioOfPercent = (percent: Decimal): string =>
  percent.div(100).toDecimalPlaces(6, Decimal.ROUND_FLOOR).toFixed(6);

export interface Pace {
  rate: string | null;
  paceGap: string | null;
  behindPace: boolean;
}

/**
 * Collection against time (REV-PACE): rate = actual / budget; the gap = time progress − rate, behind
 * when the gap is at least `lagPercent` percentage points. No budget or no month loaded: no gap.
 */
export function paceOf(actual: string, budget: string, progress: string | null, lagPercent: number): Pace {
  const rate = ratio(actual, budget);
  const completion = new Decimal(budget).gt(0) ? percentOf(actual, budget) : null;
  if (completion === null || progress === null) return { rate, paceGap: null, behindPace: false };
  const gap = completion.negated().plus(new Decimal(progress).times(100));
  return { rate, paceGap: ratioOfPercent(gap), behindPace: gap.gte(lagPercent) };
}

/** now / before − 1 with 6 decimals; null when last year is missing or not positive. */
export function growthOf(now: string, before: string | null): string | null {
  if (before === null || !new Decimal(before).gt(0)) return null;
  return new Decimal(now).div(before).minus(1).toFixed(6);
}

export interface NonTaxJudgement {
  share: string | null;
  lastYearShare: string | null;
  shareRise: string | null;
  shareAbove: boolean;
  shareRisen: boolean;
}

/**
 * REV-NONTAX on 非税收入 / 一般公共预算收入: above when the share is strictly above `shareAbove` %,
 * risen when it is up at least `riseAtLeast` points on the same months of last year.
 */
export function judgeNonTax(
  now: { nonTax: string; general: string },
  before: { nonTax: string; general: string } | null,
  params: { shareAbove: number; riseAtLeast: number },
): NonTaxJudgement {
  const shareOf = (part: { nonTax: string; general: string } | null) =>
    part && new Decimal(part.general).gt(0) ? percentOf(part.nonTax, part.general) : null;
  const share = shareOf(now);
  const lastShare = shareOf(before);
  const rise = share && lastShare ? share.minus(lastShare) : null;
  return {
    share: share && ratio(now.nonTax, now.general),
    lastYearShare: lastShare && before && ratio(before.nonTax, before.general),
    shareRise: rise && ratioOfPercent(rise),
    shareAbove: share?.gt(params.shareAbove) ?? false,
    shareRisen: rise?.gte(params.riseAtLeast) ?? false,
  };
}

/**
 * REV-DECLINE on 一般公共预算收入 against the same months of last year: red when it fell by at least
 * `declineRed` %, yellow when by strictly more than `declineYellow` %.
 */
export function judgeDecline(
  now: string,
  before: string | null,
  params: { declineYellow: number; declineRed: number },
): 'none' | 'yellow' | 'red' {
  if (before === null || !new Decimal(before).gt(0)) return 'none';
  const decline = percentOf(new Decimal(before).minus(now), before)!;
  if (decline.gte(params.declineRed)) return 'red';
  return decline.gt(params.declineYellow) ? 'yellow' : 'none';
}
