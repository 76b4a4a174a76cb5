import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import {
  socialFundInputSchema,
  socialFundMonthlySchema,
  socialFundOverviewSchema,
  socialFundRegionsSchema,
  socialFundScopeSchema,
} from './social-funds.schemas';

/** 社保基金: aggregated figures, open to every role like the section (deputies included). */
const aggregate = procedureFor(ACCESS.aggregates);

export const socialFundsRouter = router({
  overview: aggregate
    .input(socialFundScopeSchema)
    .output(socialFundOverviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.socialFunds.overview(input);
    }),
  monthly: aggregate
    .input(socialFundInputSchema)
    .output(socialFundMonthlySchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.socialFunds.monthly(input);
    }),
  regions: aggregate
    .input(socialFundInputSchema)
    .output(socialFundRegionsSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.socialFunds.regions(input);
    }),
});
