import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type {
  AgencyLines,
  AgencyLinesInput,
  AgencyRanking,
  AgencyRankingInput,
  FunctionBreakdown,
  FunctionBreakdownInput,
  MonthlyExecution,
  MonthlyInput,
  PaymentPage,
  PaymentSearchInput,
} from './execution.types';

/**
 * The execution procedures of the server's tRPC API, with a client of their own so that they ride
 * in the page's lazy chunk (see alerts-api.ts). Every call takes an AbortSignal: a drill-down that
 * moves on cancels the request it no longer needs.
 */
@Injectable({ providedIn: 'root' })
export class ExecutionApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  agencies(input: AgencyRankingInput, signal?: AbortSignal): Promise<AgencyRanking> {
    return this.trpc.execution.agencies.query(input, { signal });
  }

  monthly(input: MonthlyInput, signal?: AbortSignal): Promise<MonthlyExecution> {
    return this.trpc.execution.monthly.query(input, { signal });
  }

  functions(input: FunctionBreakdownInput, signal?: AbortSignal): Promise<FunctionBreakdown> {
    return this.trpc.execution.functions.query(input, { signal });
  }

  lines(input: AgencyLinesInput, signal?: AbortSignal): Promise<AgencyLines> {
    return this.trpc.execution.lines.query(input, { signal });
  }

  payments(input: PaymentSearchInput, signal?: AbortSignal): Promise<PaymentPage> {
    return this.trpc.execution.payments.query(input, { signal });
  }
}
