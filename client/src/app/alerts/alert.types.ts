import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The alert and rule API's types, inferred from the server's router (type-only). Kept beside the
 * page rather than in shared/api so that everything the 预警 page adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ListAlertsInput = RouterInputs['alerts']['list'];
export type AlertPage = RouterOutputs['alerts']['list'];
export type AlertSummary = AlertPage['items'][number];
/** red 红 / orange 橙 / yellow 黄. */
export type Severity = AlertSummary['severity'];
export type AlertStatus = AlertSummary['status'];
export type AlertDetail = RouterOutputs['alerts']['get'];
export type AlertEvent = AlertDetail['events'][number];
export type AlertTransitionInput = RouterInputs['alerts']['transition'];
export type AlertTransitionResult = RouterOutputs['alerts']['transition'];
/** verify 开始核实, assign 交办, reply 登记反馈, close 办结, falsePositive 认定误报, reopen 重新核实. */
export type WorkflowAction = AlertTransitionInput['action'];

export type RuleWithThresholds = RouterOutputs['rules']['list'][number];
export type ThresholdOverride = RuleWithThresholds['overrides'][number];
export type SetThresholdInput = RouterInputs['rules']['setThreshold'];
export type ClearThresholdInput = RouterInputs['rules']['clearThreshold'];
export type RunDetectionInput = RouterInputs['rules']['run'];
export type DetectionSummary = RouterOutputs['rules']['run'];
