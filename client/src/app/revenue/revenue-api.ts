import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type {
  MonthlyRevenue,
  RevenueBookInput,
  RevenueCodes,
  RevenueComposition,
  RevenueRegions,
  RevenueScopeInput,
  RevenueSummary,
} from './revenue.types';

/**
 * The revenue procedures of the server's tRPC API, with a client of their own so that they ride in
 * the page's lazy chunk (see alerts-api.ts). Every call takes an AbortSignal: a scope or book that
 * changes cancels the request it no longer needs.
 */
@Injectable({ providedIn: 'root' })
export class RevenueApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  summary(input: RevenueScopeInput, signal?: AbortSignal): Promise<RevenueSummary> {
    return this.trpc.revenue.summary.query(input, { signal });
  }

  monthly(input: RevenueBookInput, signal?: AbortSignal): Promise<MonthlyRevenue> {
    return this.trpc.revenue.monthly.query(input, { signal });
  }

  composition(input: RevenueScopeInput, signal?: AbortSignal): Promise<RevenueComposition> {
    return this.trpc.revenue.composition.query(input, { signal });
  }

  codes(input: RevenueBookInput, signal?: AbortSignal): Promise<RevenueCodes> {
    return this.trpc.revenue.codes.query(input, { signal });
  }

  regions(input: RevenueBookInput, signal?: AbortSignal): Promise<RevenueRegions> {
    return this.trpc.revenue.regions.query(input, { signal });
  }
}
