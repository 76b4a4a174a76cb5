import type pg from 'pg';
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

export const regionForbidden = (regionCode: string) =>
  new AppError('FORBIDDEN', `无权查看地区${regionCode}的数据`, `You may not see the data of region ${regionCode}`);

/** The region a request works on: the one asked for, else the user's own (none for a national user: all). */
export const defaultRegion = (user: Pick<SessionUser, 'regionCode'>, requested: string | undefined): string | undefined =>
  requested ?? (user.regionCode === NATIONAL_REGION ? undefined : user.regionCode);
