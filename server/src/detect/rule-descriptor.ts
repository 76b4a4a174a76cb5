import type pg from 'pg';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import type { FeedName } from '../ingest/feeds/feed-descriptor';
import type { Reason } from '../ingest/parse-values';

export type Severity = 'yellow' | 'orange' | 'red';
export type RuleCategory =
  'execution' | 'payments' | 'revenue' | 'debt' | 'state_assets' | 'social_funds' | 'reliability' | 'data_quality';

/** One anomaly a rule found: what, where, how far past which threshold, and the rows that prove it. */
export interface Finding {
  severity: Severity;
  regionCode: string;
  entityType: string;
  entityKey: string;
  /** The period it concerns: a date, a month, a year or a report period. */
  period: string;
  /** Exact decimal text. */
  value: string;
  threshold: string;
  evidence: Record<string, unknown>;
  explanation: Reason;
}

export interface RuleContext<P> {
  db: pg.Pool | pg.PoolClient;
  /** Detection date (ISO); data after it is ignored. */
  asOf: string;
  /** When the run started (ISO timestamp), for rules judged by load time (DQ-STALE); nothing else reads a clock. */
  now: string;
  /** Regions in scope (a region and its sub-regions), or null for all. */
  regions: readonly string[] | null;
  /** The parameters in force for a region: its own override, else its nearest ancestor's, else the defaults. */
  paramsFor(regionCode: string): P;
  /** Every distinct parameter set in force, for SQL pre-filters that must not miss a region. */
  allParams(): P[];
  /**
   * Set on an incremental run after an ingest batch: the dates the batch touched. The engine then
   * keeps only findings whose period is in scope (see {@link RuleGrain}) and reconciles only the
   * stored alerts in scope, so a rule may restrict its input to what those findings need (use
   * {@link inputDates} and {@link scopeYears}); null means everything up to `asOf`.
   */
  window: DateWindow | null;
}

/** An inclusive ISO date range. */
export interface DateWindow {
  from: string;
  to: string;
}

/**
 * What a finding's `period` is, which decides how an incremental run scopes the rule:
 * - `day`: an ISO date (YYYY-MM-DD); in scope when within the window widened by `marginDays`;
 * - `year`: starts with the fiscal year (YYYY, YYYY-MM, YYYY-Qn); in scope when the year overlaps the window;
 * - `snapshot`: anything else; the rule is recomputed in full whenever one of its feeds changes.
 */
export type RuleGrain = 'day' | 'year' | 'snapshot';

/**
 * A rule of shared/RULES.md: identity, names, basis, default parameters and the computation. The
 * registry of these is what the API, the UI, the export and docs/rules.md read.
 */
export interface RuleDescriptor<P extends Record<string, unknown> = Record<string, unknown>> {
  code: string;
  /** Raised when the computation or the meaning of a parameter changes; stored on every alert. */
  version: number;
  nameZh: string;
  nameEn: string;
  category: RuleCategory;
  entityType: string;
  description: Reason;
  /** Legal or methodological source of the default thresholds. */
  basis: string;
  params: z.ZodType<P>;
  defaults: P;
  /** The feeds it reads: a batch of one of them re-runs it. */
  feeds: readonly FeedName[];
  grain: RuleGrain;
  /** For `day` grain: how far (days) a payment on one date can change findings dated before or after it. */
  marginDays?: number;
  /**
   * For `year` grain: how many later years a year's data can change (EXE-SANGONG compares a year
   * with the one before, so a batch of 2025 payments can change 2026's findings: 1). Default 0.
   */
  followingYears?: number;
  compute(context: RuleContext<P>): Promise<Finding[]>;
}

/**
 * The highest rung of a severity ladder that a value reaches (≥, rungs in any order), or null.
 * Compared exactly: pass the unrounded value (a Decimal or decimal text), never a rounded one.
 */
export function ladder(
  value: Decimal.Value,
  rungs: readonly (readonly [Severity, number])[],
): { severity: Severity; threshold: number } | null {
  const order: Record<Severity, number> = { yellow: 1, orange: 2, red: 3 };
  const exact = new Decimal(value);
  let best: { severity: Severity; threshold: number } | null = null;
  for (const [severity, threshold] of rungs) {
    if (exact.gte(threshold) && (!best || order[severity] > order[best.severity])) best = { severity, threshold };
  }
  return best;
}

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** An ISO date moved by a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The input dates a day-grain rule must read so that its findings in scope come out as in a full
 * run: the window widened by `before` days before and `after` days after, capped at `asOf`; the
 * whole history up to `asOf` when there is no window.
 */
export function inputDates(context: RuleContext<unknown>, before: number, after: number): DateWindow {
  if (!context.window) return { from: '0001-01-01', to: context.asOf };
  const to = addDays(context.window.to, after);
  return { from: addDays(context.window.from, -before), to: to < context.asOf ? to : context.asOf };
}

/** The calendar (fiscal) years a date window overlaps. */
export function yearsOf(window: DateWindow): number[] {
  const years: number[] = [];
  for (let y = Number(window.from.slice(0, 4)); y <= Number(window.to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** The fiscal years a year-grain rule must compute: those the window overlaps, or null for all. */
export function scopeYears(context: RuleContext<unknown>): number[] | null {
  return context.window ? yearsOf(context.window) : null;
}

/** The first day a year-grain rule must read: 1 January of its first year in scope, or the beginning of time. */
export function scopeStart(context: RuleContext<unknown>): string {
  const years = scopeYears(context);
  return years ? `${Math.min(...years)}-01-01` : '0001-01-01';
}
