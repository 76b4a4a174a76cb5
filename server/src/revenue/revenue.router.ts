import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import {
  monthlyRevenueSchema,
  revenueBookInputSchema,
  revenueCodesSchema,
  revenueCompositionSchema,
  revenueRegionsSchema,
  revenueScopeSchema,
  revenueSummarySchema,
} from './revenue.schemas';

/** 收入: aggregated figures, open to every role like the section (deputies included). */
const aggregate = procedureFor(ACCESS.aggregates);

export const revenueRouter = router({
  summary: aggregate
    .input(revenueScopeSchema)
    .output(revenueSummarySchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.revenue.summary(input);
    }),
  monthly: aggregate
    .input(revenueBookInputSchema)
    .output(monthlyRevenueSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.revenue.monthly(input);
    }),
  composition: aggregate
    .input(revenueScopeSchema)
    .output(revenueCompositionSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.revenue.composition(input);
    }),
  codes: aggregate
    .input(revenueBookInputSchema)
    .output(revenueCodesSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.revenue.codes(input);
    }),
  regions: aggregate
    .input(revenueBookInputSchema)
    .output(revenueRegionsSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.revenue.regions(input);
    }),
});
