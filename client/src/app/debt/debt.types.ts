import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The 政府债务 API's types, inferred from the server's router (type-only). Kept beside the page so
 * that everything the page adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type DebtScope = RouterInputs['debt']['positions'];
export type DebtPositions = RouterOutputs['debt']['positions'];
export type DebtPositionRow = DebtPositions['total'];
export type Indicator = DebtPositionRow['debtRatio'];
/** red 红 / orange 橙 / yellow 黄. */
export type Severity = NonNullable<Indicator['severity']>;
export type RuleLines = DebtPositions['lines']['debtRatio'];
export type WarningLine = RuleLines['lines'][number];
/** debtRatio 债务率, serviceRatio 偿债率, interestRatio 利息支出率, overdueRatio 逾期债务率. */
export type RatioKey = keyof DebtPositions['lines'];
export type BondMaturities = RouterOutputs['debt']['maturities'];
export type BondProjects = RouterOutputs['debt']['projects'];
export type BondProject = BondProjects['projects'][number];
