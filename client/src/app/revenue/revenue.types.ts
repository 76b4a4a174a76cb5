import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The 收入 page's API types, inferred from the server's router (type-only), kept beside the page so
 * that everything it adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type RevenueScopeInput = RouterInputs['revenue']['summary'];
export type RevenueBookInput = RouterInputs['revenue']['monthly'];
export type RevenueSummary = RouterOutputs['revenue']['summary'];
export type BookRevenue = RevenueSummary['books'][number];
export type RevenueBook = BookRevenue['book'];
export type MonthlyRevenue = RouterOutputs['revenue']['monthly'];
export type RevenueComposition = RouterOutputs['revenue']['composition'];
export type RevenueCodes = RouterOutputs['revenue']['codes'];
export type RevenueClass = RevenueCodes['classes'][number];
export type RevenueRegions = RouterOutputs['revenue']['regions'];
export type RegionRevenue = RevenueRegions['regions'][number];

/** The shell's scope: a region (with its sub-regions) and a fiscal year. */
export interface RevenueScope {
  regionCode: string;
  fiscalYear: number;
}

/** A node of the revenue classification: a 类, 款 or 项 with its figures. */
export type RevenueCodeNode = Omit<RevenueClass['children'][number], 'children'>;
