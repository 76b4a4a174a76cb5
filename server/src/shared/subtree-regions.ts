import type pg from 'pg';
import { regionSubtreeSql } from './region-subtree.sql';
import { notFound } from '../trpc/app-error';

export interface ScopeRegion {
  regionCode: string;
  regionName: string;
  level: string;
}

/** A region's name and level; NOT_FOUND for a region that is not loaded. */
export async function getRegion(pool: pg.Pool, regionCode: string): Promise<{ name: string; level: string }> {
  const found = await pool.query<{ name: string; level: string }>(
    'SELECT region_name AS name, level::text AS level FROM regions WHERE region_code = $1',
    [regionCode],
  );
  if (!found.rows[0]) throw notFound(`行政区划 ${regionCode}`, `region ${regionCode}`);
  return found.rows[0];
}

/** A region and every region below it, the region first, then by code; NOT_FOUND for an unknown region. */
export async function subtreeRegions(pool: pg.Pool, regionCode: string): Promise<ScopeRegion[]> {
  const found = await pool.query<ScopeRegion>(
    `SELECT region_code AS "regionCode", region_name AS "regionName", level::text AS level FROM regions
     WHERE region_code IN ${regionSubtreeSql('$1')}
     ORDER BY region_code <> $1, region_code`,
    [regionCode],
  );
  if (found.rows[0]?.regionCode !== regionCode) throw notFound(`行政区划 ${regionCode}`, `region ${regionCode}`);
  return found.rows;
}

/**
 * The codes of a region and every region below it (the region first), resolved on `regions` alone;
 * NOT_FOUND for an unknown region. Queries on payments, budget lines and their sums take this array
 * as `region_code = ANY($n::text[])` instead of a recursive subquery: a distributed engine plans a
 * recursive CTE on a single shard only, and prunes shards on `= ANY` (docs/scaling-queries.md §P1).
 */
export async function subtreeCodes(pool: pg.Pool, regionCode: string): Promise<string[]> {
  return (await subtreeRegions(pool, regionCode)).map((region) => region.regionCode);
}
