import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import { bondMaturitiesSchema, bondProjectsSchema, debtPositionsSchema, debtScopeSchema } from './debt.schemas';

/** 政府债务: aggregates of a region subtree, open to every role like the section. */
const aggregates = procedureFor(ACCESS.aggregates);

export const debtRouter = router({
  positions: aggregates
    .input(debtScopeSchema)
    .output(debtPositionsSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.debt.positions(input);
    }),
  maturities: aggregates
    .input(debtScopeSchema)
    .output(bondMaturitiesSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.debt.maturities(input);
    }),
  projects: aggregates
    .input(debtScopeSchema)
    .output(bondProjectsSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.debt.projects(input);
    }),
});
