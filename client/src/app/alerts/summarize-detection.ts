import type { DetectionSummary } from './alert.types';

/** A detection run's counts summed over its rules: alerts created, updated and resolved. */
export function summarizeDetection(summary: DetectionSummary): { created: number; updated: number; resolved: number } {
  return summary.rules.reduce(
    (sum, rule) => ({
      created: sum.created + rule.created,
      updated: sum.updated + rule.updated,
      resolved: sum.resolved + rule.resolved,
    }),
    { created: 0, updated: 0, resolved: 0 },
  );
}
