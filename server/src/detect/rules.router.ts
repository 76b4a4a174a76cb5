import { z } from 'zod';
import { publicProcedure, router } from '../trpc/trpc';
import {
  clearThresholdInputSchema,
  detectionSummarySchema,
  ruleWithThresholdsSchema,
  runDetectionInputSchema,
  setThresholdInputSchema,
} from './rules.schemas';

export const rulesRouter = router({
  list: publicProcedure.output(z.array(ruleWithThresholdsSchema)).query(({ ctx }) => ctx.services.rules.list()),
  setThreshold: publicProcedure
    .input(setThresholdInputSchema)
    .output(ruleWithThresholdsSchema.shape.overrides.element)
    .mutation(({ ctx, input }) => ctx.services.rules.setThreshold(input)),
  clearThreshold: publicProcedure
    .input(clearThresholdInputSchema)
    .output(z.boolean())
    .mutation(({ ctx, input }) => ctx.services.rules.clearThreshold(input)),
  run: publicProcedure
    .input(runDetectionInputSchema)
    .output(detectionSummarySchema)
    .mutation(({ ctx, input }) => ctx.services.rules.run(input)),
});
