import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type { BondMaturities, BondProjects, DebtPositions, DebtScope } from './debt.types';

/**
 * The debt procedures of the server's tRPC API, with a client of their own so that they ride in the
 * page's lazy chunk (see alerts/alerts-api.ts). Every call takes an AbortSignal: a scope that moves
 * on cancels the request it no longer needs.
 */
@Injectable({ providedIn: 'root' })
export class DebtApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  positions(input: DebtScope, signal?: AbortSignal): Promise<DebtPositions> {
    return this.trpc.debt.positions.query(input, { signal });
  }

  maturities(input: DebtScope, signal?: AbortSignal): Promise<BondMaturities> {
    return this.trpc.debt.maturities.query(input, { signal });
  }

  projects(input: DebtScope, signal?: AbortSignal): Promise<BondProjects> {
    return this.trpc.debt.projects.query(input, { signal });
  }
}
