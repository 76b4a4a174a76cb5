import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type {
  AlertDetail,
  AlertPage,
  AlertTransitionInput,
  AlertTransitionResult,
  ClearThresholdInput,
  DetectionSummary,
  ListAlertsInput,
  RuleWithThresholds,
  RunDetectionInput,
  SetThresholdInput,
  ThresholdOverride,
} from './alert.types';

/**
 * The alert and rule procedures of the server's tRPC API (same origin, /trpc). A client of its own
 * rather than methods on ApiClient: ApiClient is part of the initial bundle, this page's calls are
 * not. Like ApiClient, queries take an AbortSignal so a superseded request is cancelled, and calls
 * carry the CSRF token and report a 401 through the same link (shared/api/trpc-client.ts).
 */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  alerts(input: ListAlertsInput, signal?: AbortSignal): Promise<AlertPage> {
    return this.trpc.alerts.list.query(input, { signal });
  }

  alert(id: string, signal?: AbortSignal): Promise<AlertDetail> {
    return this.trpc.alerts.get.query({ id }, { signal });
  }

  /** One workflow action on one or more alerts, all or none (409 when one of them stands elsewhere). */
  transition(input: AlertTransitionInput): Promise<AlertTransitionResult> {
    return this.trpc.alerts.transition.mutate(input);
  }

  rules(signal?: AbortSignal): Promise<RuleWithThresholds[]> {
    return this.trpc.rules.list.query(undefined, { signal });
  }

  setThreshold(input: SetThresholdInput): Promise<ThresholdOverride> {
    return this.trpc.rules.setThreshold.mutate(input);
  }

  clearThreshold(input: ClearThresholdInput): Promise<boolean> {
    return this.trpc.rules.clearThreshold.mutate(input);
  }

  runDetection(input: RunDetectionInput): Promise<DetectionSummary> {
    return this.trpc.rules.run.mutate(input);
  }
}
