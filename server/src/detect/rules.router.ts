import { z } from 'zod';
import { ACCESS } from '../auth/roles';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import {
  clearThresholdInputSchema,
  detectionSummarySchema,
  ruleWithThresholdsSchema,
  runDetectionInputSchema,
  setThresholdInputSchema,
} from './rules.schemas';

export const rulesRouter = router({
  /** The rules with the regional overrides the user may see (their region and below). */
  list: procedureFor(ACCESS.records)
    .output(z.array(ruleWithThresholdsSchema))
    .query(async ({ ctx }) => {
      const [rules, visible] = await Promise.all([ctx.services.rules.list(), ctx.services.access.visibleRegions(ctx.user)]);
      if (visible === null) return rules;
      return rules.map((rule) => ({ ...rule, overrides: rule.overrides.filter((o) => visible.has(o.regionCode)) }));
    }),
  setThreshold: procedureFor(ACCESS.settings)
    .input(setThresholdInputSchema)
    .output(ruleWithThresholdsSchema.shape.overrides.element)
    .mutation(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.rules.setThreshold({ ...input, actor: ctx.user });
    }),
  clearThreshold: procedureFor(ACCESS.settings)
    .input(clearThresholdInputSchema)
    .output(z.boolean())
    .mutation(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.rules.clearThreshold({ ...input, actor: ctx.user });
    }),
  run: procedureFor(ACCESS.dataWork)
    .input(runDetectionInputSchema)
    .output(detectionSummarySchema)
    .mutation(async ({ ctx, input }) => ctx.services.rules.run({ ...input, regionCode: await visibleRegion(ctx, input.regionCode) })),
});
