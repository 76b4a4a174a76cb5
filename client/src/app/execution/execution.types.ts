import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The execution monitor's API types, inferred from the server's router (type-only). Kept beside the
 * page so that everything 执行监控 adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type AgencyRankingInput = RouterInputs['execution']['agencies'];
export type AgencyRanking = RouterOutputs['execution']['agencies'];
export type AgencyExecution = AgencyRanking['agencies'][number];
export type MonthlyInput = RouterInputs['execution']['monthly'];
export type MonthlyExecution = RouterOutputs['execution']['monthly'];
export type FunctionBreakdownInput = RouterInputs['execution']['functions'];
export type FunctionBreakdown = RouterOutputs['execution']['functions'];
export type FunctionClass = FunctionBreakdown['classes'][number];
export type AgencyLinesInput = RouterInputs['execution']['lines'];
export type AgencyLines = RouterOutputs['execution']['lines'];
export type BudgetLineExecution = AgencyLines['lines'][number];
export type PaymentSearchInput = RouterInputs['execution']['payments'];
export type PaymentPage = RouterOutputs['execution']['payments'];
export type PaymentRow = PaymentPage['rows'][number];
/** payDate, amount, payeeName or voucherNo. */
export type PaymentSortField = NonNullable<PaymentSearchInput['sort']>;
export type SortDirection = NonNullable<PaymentSearchInput['direction']>;

/** The shell's scope: a region (with its sub-regions) and a fiscal year. */
export interface ExecutionScope {
  regionCode: string;
  fiscalYear: number;
}
