import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type {
  SocialFundInput,
  SocialFundMonthly,
  SocialFundOverview,
  SocialFundRegions,
  SocialFundScopeInput,
} from './social-funds.types';

/**
 * The social fund procedures of the server's tRPC API, with a client of their own so that they ride
 * in the page's lazy chunk (see alerts-api.ts). Every call takes an AbortSignal: a scope or fund that
 * changes cancels the request it no longer needs.
 */
@Injectable({ providedIn: 'root' })
export class SocialFundsApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  overview(input: SocialFundScopeInput, signal?: AbortSignal): Promise<SocialFundOverview> {
    return this.trpc.socialFunds.overview.query(input, { signal });
  }

  monthly(input: SocialFundInput, signal?: AbortSignal): Promise<SocialFundMonthly> {
    return this.trpc.socialFunds.monthly.query(input, { signal });
  }

  regions(input: SocialFundInput, signal?: AbortSignal): Promise<SocialFundRegions> {
    return this.trpc.socialFunds.regions.query(input, { signal });
  }
}
