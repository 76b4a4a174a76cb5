import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import { overviewInputSchema, overviewSchema } from './overview.schemas';

export const overviewRouter = router({
  get: procedureFor(ACCESS.aggregates)
    .input(overviewInputSchema)
    .output(overviewSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.overview.getOverview(input);
    }),
});
