import type pg from 'pg';
import type { RuleDescriptor } from './rule-descriptor';

/**
 * A rule's parameters in force for each of some regions, as detection applies them
 * (run-detection.ts): the region's own rule_thresholds row, else its nearest ancestor's, merged over
 * the rule's defaults and checked by its schema. The pages judge and draw with these, so a line a
 * committee has moved is the line they see, and never disagrees with the alerts. One query for all
 * the regions.
 */
export async function ruleParamsInForce<P extends Record<string, unknown>>(
  pool: pg.Pool,
  rule: RuleDescriptor<P>,
  regionCodes: readonly string[],
): Promise<Map<string, P>> {
  const overrides = await pool.query<{ origin: string; params: Record<string, unknown> }>(
    `WITH RECURSIVE up AS (
       SELECT region_code AS origin, region_code, parent_code, 0 AS depth FROM regions WHERE region_code = ANY($2::text[])
       UNION ALL
       SELECT up.origin, r.region_code, r.parent_code, up.depth + 1 FROM regions r JOIN up ON r.region_code = up.parent_code
       WHERE up.depth < 16)
     SELECT DISTINCT ON (up.origin) up.origin, t.params
     FROM up JOIN rule_thresholds t ON t.rule_code = $1 AND t.region_code = up.region_code
     ORDER BY up.origin, up.depth`,
    [rule.code, [...regionCodes]],
  );
  const found = new Map(overrides.rows.map((row) => [row.origin, rule.params.parse({ ...rule.defaults, ...row.params })]));
  return new Map(regionCodes.map((code) => [code, found.get(code) ?? rule.defaults]));
}

/** The same as a lookup: the parameters for any of the regions asked for (the defaults for others). */
export async function paramsInForce<P extends Record<string, unknown>>(
  pool: pg.Pool,
  rule: RuleDescriptor<P>,
  regionCodes: readonly string[],
): Promise<(regionCode: string) => P> {
  const inForce = await ruleParamsInForce(pool, rule, regionCodes);
  return (regionCode) => inForce.get(regionCode) ?? rule.defaults;
}

/** The parameters of a rule in force for one region. */
export async function ruleParamsFor<P extends Record<string, unknown>>(
  pool: pg.Pool,
  rule: RuleDescriptor<P>,
  regionCode: string,
): Promise<P> {
  return (await ruleParamsInForce(pool, rule, [regionCode])).get(regionCode)!;
}
