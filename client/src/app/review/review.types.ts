import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The 会前审查 page's API types, inferred from the server's router (type-only), kept beside the page
 * so that everything it adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ReviewScope = RouterInputs['review']['books'];
export type FunctionsReviewInput = RouterInputs['review']['functions'];
export type BooksReview = RouterOutputs['review']['books'];
export type BookReview = BooksReview['books'][number];
export type ReviewBook = BookReview['book'];
export type FunctionsReview = RouterOutputs['review']['functions'];
export type FunctionClassReview = FunctionsReview['classes'][number];
export type SangongTrend = RouterOutputs['review']['sangong'];
export type SangongYear = SangongTrend['years'][number];
export type PositionsReview = RouterOutputs['review']['positions'];
export type DebtSummary = NonNullable<PositionsReview['debt']>;
export type StateAssetSummary = NonNullable<PositionsReview['stateAssets']>;
export type ReliabilityReview = RouterOutputs['review']['reliability'];
export type PefaScore = NonNullable<ReliabilityReview['aggregateExpenditure']>['score'];
