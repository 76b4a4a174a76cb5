import type { SocialFundOverview } from './social-funds.types';

/** Whether the scope has any social fund row in the year. */
export function hasFundData(overview: SocialFundOverview): boolean {
  return overview.total !== null;
}
