import { ACCESS, NATIONAL_REGION } from '../auth/roles';
import { procedureFor, router } from '../trpc/trpc';
import { referenceSummarySchema } from './regions.schemas';

export const referenceRouter = router({
  summary: procedureFor(ACCESS.aggregates)
    .output(referenceSummarySchema)
    .query(({ ctx }) => ctx.services.reference.getReferenceSummary(ctx.user.regionCode === NATIONAL_REGION ? null : ctx.user.regionCode)),
});
