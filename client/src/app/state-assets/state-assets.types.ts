import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The 国有资产 API's types, inferred from the server's router (type-only). Kept beside the page so
 * that everything the page adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type StateAssetsScope = RouterInputs['stateAssets']['enterprises'];
export type StateAssets = RouterOutputs['stateAssets']['enterprises'];
export type Enterprise = StateAssets['enterprises'][number];
export type SoeSummary = StateAssets['summary'];
export type SoeIndicator = Enterprise['leverage'];
/** industrial 工业 / non_industrial 非工业. */
export type IndustryClass = Enterprise['industryClass'];
