import { defaultRegion, regionForbidden } from '../auth/region-scope';
import type { SessionUser } from '../auth/roles';
import type { Services } from './context.types';

/**
 * The region a request may work on: the one it asks for (FORBIDDEN unless the user's region or below
 * it), else the user's own region (undefined for a national user: every region).
 */
export async function visibleRegion(
  ctx: { services: Pick<Services, 'access'>; user: SessionUser },
  requested: string | undefined,
): Promise<string | undefined> {
  const region = defaultRegion(ctx.user, requested);
  if (region !== undefined && !(await ctx.services.access.regionVisible(ctx.user, region))) throw regionForbidden(region);
  return region;
}
