import { z } from 'zod';
import { ACCESS } from '../auth/roles';
import { procedureFor, router } from '../trpc/trpc';
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
  feeds: procedureFor(ACCESS.dataWork).output(feedCatalogSchema).query(({ ctx }) => ctx.services.ingest.feeds()),
  batches: procedureFor(ACCESS.dataWork)
    .input(listBatchesInputSchema)
    .output(batchPageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listBatches(input)),
  batch: procedureFor(ACCESS.dataWork)
    .input(z.object({ id: batchIdSchema }))
    .output(batchDetailSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getBatch(input.id)),
  quarantine: procedureFor(ACCESS.dataWork)
    .input(quarantineInputSchema)
    .output(quarantinePageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listQuarantine(input)),
  freshness: procedureFor(ACCESS.aggregates).output(feedFreshnessSchema).query(({ ctx }) => ctx.services.ingest.feedFreshness()),
  job: procedureFor(ACCESS.dataWork)
    .input(z.object({ id: z.uuid() }))
    .output(jobSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getJob(input.id)),
  presets: router({
    list: procedureFor(ACCESS.dataWork)
      .input(z.object({ feed: feedNameSchema.optional() }).default({}))
      .output(z.array(mappingPresetSchema))
      .query(({ ctx, input }) => ctx.services.ingest.listPresets(input.feed)),
    save: procedureFor(ACCESS.settings)
      .input(mappingPresetSchema)
      .output(mappingPresetSchema)
      .mutation(async ({ ctx, input }) => {
        const saved = await ctx.services.ingest.savePreset(input);
        await ctx.services.access.audit({ actor: ctx.user, action: 'preset.save', target: saved.name, details: { preset: saved }, ip: ctx.client.ip });
        return saved;
      }),
    delete: procedureFor(ACCESS.settings)
      .input(z.object({ name: presetNameSchema }))
      .output(z.object({ deleted: z.boolean() }))
      .mutation(async ({ ctx, input }) => {
        const deleted = await ctx.services.ingest.deletePreset(input.name);
        if (deleted) await ctx.services.access.audit({ actor: ctx.user, action: 'preset.delete', target: input.name, ip: ctx.client.ip });
        return { deleted };
      }),
  }),
});
