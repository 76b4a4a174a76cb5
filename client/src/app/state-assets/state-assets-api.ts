import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type { StateAssets, StateAssetsScope } from './state-assets.types';

/**
 * The 国有资产 procedure of the server's tRPC API, with a client of its own so that it rides in the
 * page's lazy chunk (see alerts/alerts-api.ts).
 */
@Injectable({ providedIn: 'root' })
export class StateAssetsApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  enterprises(input: StateAssetsScope, signal?: AbortSignal): Promise<StateAssets> {
    return this.trpc.stateAssets.enterprises.query(input, { signal });
  }
}
