// Shared by the SOE rules: which soe_financials periods ('YYYY' annual, 'YYYY-Qn' quarterly) count at an as-of date.

/** Matches an annual period ('YYYY'). */
export const ANNUAL_PERIOD = `'^[0-9]{4}$'`;

/**
 * SQL condition: the period of `alias` counts at the as-of date bound to parameter `asOf` (e.g. '$1'):
 * an annual report from its year on (as SOE-LEVERAGE reads it), a quarterly one once its quarter has
 * ended. `alias` and `asOf` are constants of the calling rule, never input.
 */
export function periodReached(alias: string, asOf: string): string {
  return `(CASE WHEN ${alias}.period ~ ${ANNUAL_PERIOD} THEN left(${alias}.period, 4) <= left(${asOf}::text, 4)
     ELSE (make_date(left(${alias}.period, 4)::int, substr(${alias}.period, 7, 1)::int * 3, 1) + interval '1 month - 1 day')::date <= ${asOf}::date END)`;
}
