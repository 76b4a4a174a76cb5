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
      const rules = await ctx.services.rules.list();
      const regions = [...new Set(rules.flatMap((rule) => rule.overrides.map((o) => o.regionCode)))];
      const visible = new Set(
        (await Promise.all(regions.map(async (code) => ((await ctx.services.access.regionVisible(ctx.user, code)) ? code : null)))).filter(
          (code): code is string => code !== null,
        ),
      );
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
