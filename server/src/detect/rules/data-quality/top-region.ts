import type { RuleContext } from '../../rule-descriptor';

/**
 * The region that findings about the data as a whole (a stale feed, a row naming no known region) are
 * filed under: the root of the region tree (no parent; with several roots, the one with most
 * sub-regions). Null when no region is loaded, or when a regional run does not reach the root: such
 * findings then belong to the full run only, which keeps their identity (and review) in one place.
 */
export async function topRegionInScope(context: RuleContext<unknown>): Promise<string | null> {
  const result = await context.db.query<{ region_code: string }>(
    `SELECT r.region_code FROM regions r WHERE r.parent_code IS NULL
     ORDER BY (SELECT count(*) FROM regions c WHERE c.parent_code = r.region_code) DESC, r.region_code LIMIT 1`,
  );
  const top = result.rows[0]?.region_code ?? null;
  return top && (!context.regions || context.regions.includes(top)) ? top : null;
}
