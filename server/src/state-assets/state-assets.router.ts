import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import { stateAssetsSchema, stateAssetsScopeSchema } from './state-assets.schemas';

/** 国有资产: aggregates of a region subtree's enterprises, open to every role like the section. */
export const stateAssetsRouter = router({
  enterprises: procedureFor(ACCESS.aggregates)
    .input(stateAssetsScopeSchema)
    .output(stateAssetsSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.stateAssets.enterprises(input);
    }),
});
