import { z } from 'zod';
import { publicProcedure, router } from '../trpc/trpc';
import {
  batchDetailSchema,
  batchIdSchema,
  batchPageSchema,
  feedCatalogSchema,
  feedFreshnessSchema,
  feedNameSchema,
  jobSchema,
  listBatchesInputSchema,
  presetNameSchema,
  quarantineInputSchema,
  quarantinePageSchema,
} from './ingest.schemas';
import { mappingPresetSchema } from './mapping-preset';

/**
 * 数据接入: what the dashboard needs around a load. The upload itself is a streamed HTTP request
 * (see ingest.routes.ts); its job is then followed here.
 */
export const ingestRouter = router({
  feeds: publicProcedure.output(feedCatalogSchema).query(({ ctx }) => ctx.services.ingest.feeds()),
  batches: publicProcedure
    .input(listBatchesInputSchema)
    .output(batchPageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listBatches(input)),
  batch: publicProcedure
    .input(z.object({ id: batchIdSchema }))
    .output(batchDetailSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getBatch(input.id)),
  quarantine: publicProcedure
    .input(quarantineInputSchema)
    .output(quarantinePageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listQuarantine(input)),
  freshness: publicProcedure.output(feedFreshnessSchema).query(({ ctx }) => ctx.services.ingest.feedFreshness()),
  job: publicProcedure
    .input(z.object({ id: z.uuid() }))
    .output(jobSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getJob(input.id)),
  presets: router({
    list: publicProcedure
      .input(z.object({ feed: feedNameSchema.optional() }).default({}))
      .output(z.array(mappingPresetSchema))
      .query(({ ctx, input }) => ctx.services.ingest.listPresets(input.feed)),
    save: publicProcedure
      .input(mappingPresetSchema)
      .output(mappingPresetSchema)
      .mutation(({ ctx, input }) => ctx.services.ingest.savePreset(input)),
    delete: publicProcedure
      .input(z.object({ name: presetNameSchema }))
      .output(z.object({ deleted: z.boolean() }))
      .mutation(async ({ ctx, input }) => ({ deleted: await ctx.services.ingest.deletePreset(input.name) })),
  }),
});
