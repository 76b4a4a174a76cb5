import { lastCompletedYear } from '../../completed-year';
import { scopeYears, type RuleContext } from '../../rule-descriptor';

/**
 * The completed fiscal years a rule of completed years (EXE-SURGE, BUD-PI1, BUD-PI2) must compute:
 * `last`, the last completed year at the as-of date, and `years`, the years in scope up to it (null
 * = every year up to `last`); null when an incremental run's window reaches no completed year.
 */
export function completedScopeYears(context: RuleContext<unknown>): { last: number; years: number[] | null } | null {
  const last = lastCompletedYear(context.asOf);
  const years = scopeYears(context)?.filter((y) => y <= last) ?? null;
  return years?.length === 0 ? null : { last, years };
}
