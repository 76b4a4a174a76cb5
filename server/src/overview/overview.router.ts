import { publicProcedure, router } from '../trpc/trpc';
import { overviewInputSchema, overviewSchema } from './overview.schemas';

export const overviewRouter = router({
  get: publicProcedure
    .input(overviewInputSchema)
    .output(overviewSchema)
    .query(({ ctx, input }) => ctx.services.overview.getOverview(input)),
});
