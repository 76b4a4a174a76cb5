import { Injectable } from '@angular/core';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter, Overview, OverviewInput, ReferenceSummary } from './api.types';

/**
 * The server's tRPC API, same origin under /trpc. Each method takes an AbortSignal so that a
 * superseded request (another region picked meanwhile) is cancelled rather than raced.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });

  referenceSummary(signal?: AbortSignal): Promise<ReferenceSummary> {
    return this.trpc.reference.summary.query(undefined, { signal });
  }

  overview(input: OverviewInput, signal?: AbortSignal): Promise<Overview> {
    return this.trpc.overview.get.query(input, { signal });
  }
}
