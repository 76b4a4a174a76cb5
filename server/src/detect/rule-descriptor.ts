import type pg from 'pg';
import type { z } from 'zod';
import type { Reason } from '../ingest/parse-values';

export type Severity = 'yellow' | 'orange' | 'red';
export type RuleCategory = 'execution' | 'payments' | 'revenue' | 'debt' | 'state_assets' | 'social_funds' | 'reliability' | 'data_quality';

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
  /** Regions in scope (a region and its sub-regions), or null for all. */
  regions: readonly string[] | null;
  /** The parameters in force for a region: its own override, else its nearest ancestor's, else the defaults. */
  paramsFor(regionCode: string): P;
  /** Every distinct parameter set in force, for SQL pre-filters that must not miss a region. */
  allParams(): P[];
}

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
  compute(context: RuleContext<P>): Promise<Finding[]>;
}

/** The highest rung of a severity ladder that a value reaches (rungs in any order), or null. */
export function ladder(value: number, rungs: readonly (readonly [Severity, number])[]): { severity: Severity; threshold: number } | null {
  const order: Record<Severity, number> = { yellow: 1, orange: 2, red: 3 };
  let best: { severity: Severity; threshold: number } | null = null;
  for (const [severity, threshold] of rungs) {
    if (value >= threshold && (!best || order[severity] > order[best.severity])) best = { severity, threshold };
  }
  return best;
}
