// Shared by the SOE rules: which soe_financials periods ('YYYY' annual, 'YYYY-Qn' quarterly) count at an as-of date.

/** Matches an annual period ('YYYY'). */
export const ANNUAL_PERIOD = `'^[0-9]{4}$'`;

/** The table aliases the SOE rules give soe_financials: `s` for a report, `p` for its counterpart a year earlier. */
export type SoeAlias = 's' | 'p';

/**
 * SQL condition: the period of the soe_financials row aliased `alias` counts at the as-of date, which
 * every SOE rule binds to parameter $1: an annual report from its year on, a quarterly one once its
 * quarter has ended (2026-Q3 from 2026-09-30). The arguments are fixed literals, so no input can reach
 * the SQL text and no rule can compare with another parameter by mistake.
 */
export function periodReached(alias: SoeAlias): string {
  return `(CASE WHEN ${alias}.period ~ ${ANNUAL_PERIOD} THEN left(${alias}.period, 4) <= left($1::text, 4)
     ELSE (make_date(left(${alias}.period, 4)::int, substr(${alias}.period, 7, 1)::int * 3, 1) + interval '1 month - 1 day')::date <= $1::date END)`;
}
