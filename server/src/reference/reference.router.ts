import { publicProcedure, router } from '../trpc/trpc';
import { referenceSummarySchema } from './regions.schemas';

export const referenceRouter = router({
  summary: publicProcedure
    .output(referenceSummarySchema)
    .query(({ ctx }) => ctx.services.reference.getReferenceSummary()),
});
