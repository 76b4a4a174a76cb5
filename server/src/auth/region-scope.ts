import type pg from 'pg';
import { regionSubtreeSql } from '../shared/region-subtree.sql';
import { AppError } from '../trpc/app-error';
import { NATIONAL_REGION, type SessionUser } from './roles';

/**
 * Whether a user may see a region: their own region or one below it (walking up parent_code from the
 * region asked for). A user of NATIONAL_REGION sees every region.
 */
export async function regionVisible(pool: pg.Pool, user: Pick<SessionUser, 'regionCode'>, regionCode: string): Promise<boolean> {
  if (user.regionCode === NATIONAL_REGION) return true;
  if (user.regionCode === regionCode) return true;
  const found = await pool.query(
    `WITH RECURSIVE up AS (
       SELECT region_code, parent_code, 0 AS depth FROM regions WHERE region_code = $1
       UNION ALL SELECT r.region_code, r.parent_code, up.depth + 1 FROM regions r JOIN up ON r.region_code = up.parent_code WHERE up.depth < 10)
     SELECT 1 FROM up WHERE region_code = $2 LIMIT 1`,
    [regionCode, user.regionCode],
  );
  return (found.rowCount ?? 0) > 0;
}

/** Every region a user may see, in one query, for filtering a list; null for a national user (all). */
export async function visibleRegions(pool: pg.Pool, user: Pick<SessionUser, 'regionCode'>): Promise<ReadonlySet<string> | null> {
  if (user.regionCode === NATIONAL_REGION) return null;
  const tree = await pool.query<{ region_code: string }>(`SELECT region_code FROM ${regionSubtreeSql('$1')} t`, [user.regionCode]);
  return new Set([user.regionCode, ...tree.rows.map((r) => r.region_code)]);
}

export const regionForbidden = (regionCode: string) =>
  new AppError('FORBIDDEN', `无权查看地区${regionCode}的数据`, `You may not see the data of region ${regionCode}`);

/** The region a request works on: the one asked for, else the user's own (none for a national user: all). */
export const defaultRegion = (user: Pick<SessionUser, 'regionCode'>, requested: string | undefined): string | undefined =>
  requested ?? (user.regionCode === NATIONAL_REGION ? undefined : user.regionCode);

/**
 * Whether a user works at the committee's own level (or above): their region is national, or covers
 * the shallowest region that has a budget of its own (the city in the demo). Loading data is that
 * level's work: files span regions, so a district's staff do not see the ingest back office (its
 * batches, error reports and quarantined rows hold other regions' rows). True on a database
 * without budgets (nothing to see yet).
 */
export async function atCommitteeLevel(pool: pg.Pool, user: Pick<SessionUser, 'regionCode'>): Promise<boolean> {
  if (user.regionCode === NATIONAL_REGION) return true;
  const top = await pool.query<{ region_code: string }>(
    `SELECT region_code FROM (SELECT DISTINCT region_code FROM budget_lines) b ORDER BY length(region_code), region_code LIMIT 1`,
  );
  const committee = top.rows[0]?.region_code;
  return committee === undefined || regionVisible(pool, user, committee);
}

export const belowCommitteeLevel = () =>
  new AppError('FORBIDDEN', '数据接入仅限本级人大常委会的工作人员', 'Loading data is for the staff of the committee’s own level');

export const belowCommitteeLevelForAudit = () =>
  new AppError('FORBIDDEN', '审计日志仅限本级人大常委会的管理员查看', 'The audit log is for the administrators of the committee’s own level');
