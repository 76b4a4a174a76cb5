import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The 社保基金 page's API types, inferred from the server's router (type-only), kept beside the page
 * so that everything it adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type SocialFundScopeInput = RouterInputs['socialFunds']['overview'];
export type SocialFundInput = RouterInputs['socialFunds']['monthly'];
export type SocialFundOverview = RouterOutputs['socialFunds']['overview'];
export type FundPosition = SocialFundOverview['funds'][number];
/** A fund's or a branch's position; the total (基金合计) has no fund type. */
export type Position = NonNullable<SocialFundOverview['total']>;
export type ReserveLevel = Position['reserveLevel'];
export type ReserveLines = SocialFundOverview['lines'];
export type SocialFundMonthly = RouterOutputs['socialFunds']['monthly'];
export type SocialFundRegions = RouterOutputs['socialFunds']['regions'];
export type BranchPosition = SocialFundRegions['regions'][number];

/** The shell's scope: a region (with its sub-regions) and a fiscal year. */
export interface SocialFundScope {
  regionCode: string;
  fiscalYear: number;
}
