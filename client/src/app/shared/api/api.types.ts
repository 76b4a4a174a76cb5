import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@server/trpc/app.router';

/**
 * The API's types, inferred from the server's router. Type-only: nothing from the server reaches
 * the browser bundle.
 */
export type { AppRouter };

type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ReferenceSummary = RouterOutputs['reference']['summary'];
export type RegionNode = ReferenceSummary['regions'][number];

export type OverviewInput = RouterInputs['overview']['get'];
export type Overview = RouterOutputs['overview']['get'];
export type BookExecution = Overview['books'][number];
export type SubRegionExecution = Overview['subRegions'][number];
/** GPB 一般公共预算, GFB 政府性基金预算, SCB 国有资本经营预算, SIF 社会保险基金预算. */
export type Book = BookExecution['book'];
