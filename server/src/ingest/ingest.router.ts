import { z } from 'zod';
import { belowCommitteeLevel } from '../auth/region-scope';
import { ACCESS } from '../auth/roles';
import { middleware, procedureFor, router } from '../trpc/trpc';
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
/** The back office of loading data: staff (and admins) of the committee's own level or above. */
const committeeLevel = middleware(async ({ ctx, next }) => {
  if (!(await ctx.services.access.atCommitteeLevel(ctx.user!))) throw belowCommitteeLevel();
  return next();
});
const ingestProcedure = procedureFor(ACCESS.dataWork).use(committeeLevel);

export const ingestRouter = router({
  feeds: ingestProcedure.output(feedCatalogSchema).query(({ ctx }) => ctx.services.ingest.feeds()),
  batches: ingestProcedure
    .input(listBatchesInputSchema)
    .output(batchPageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listBatches(input)),
  batch: ingestProcedure
    .input(z.object({ id: batchIdSchema }))
    .output(batchDetailSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getBatch(input.id)),
  quarantine: ingestProcedure
    .input(quarantineInputSchema)
    .output(quarantinePageSchema)
    .query(({ ctx, input }) => ctx.services.ingest.listQuarantine(input)),
  freshness: procedureFor(ACCESS.aggregates).output(feedFreshnessSchema).query(({ ctx }) => ctx.services.ingest.feedFreshness()),
  job: ingestProcedure
    .input(z.object({ id: z.uuid() }))
    .output(jobSchema)
    .query(({ ctx, input }) => ctx.services.ingest.getJob(input.id)),
  presets: router({
    list: ingestProcedure
      .input(z.object({ feed: feedNameSchema.optional() }).default({}))
      .output(z.array(mappingPresetSchema))
      .query(({ ctx, input }) => ctx.services.ingest.listPresets(input.feed)),
    save: procedureFor(ACCESS.settings)
      .use(committeeLevel)
      .input(mappingPresetSchema)
      .output(mappingPresetSchema)
      .mutation(async ({ ctx, input }) => {
        const saved = await ctx.services.ingest.savePreset(input);
        await ctx.services.access.audit({ actor: ctx.user, action: 'preset.save', target: saved.name, details: { preset: saved }, ip: ctx.client.ip });
        return saved;
      }),
    delete: procedureFor(ACCESS.settings)
      .use(committeeLevel)
      .input(z.object({ name: presetNameSchema }))
      .output(z.object({ deleted: z.boolean() }))
      .mutation(async ({ ctx, input }) => {
        const deleted = await ctx.services.ingest.deletePreset(input.name);
        if (deleted) await ctx.services.access.audit({ actor: ctx.user, action: 'preset.delete', target: input.name, ip: ctx.client.ip });
        return { deleted };
      }),
  }),
});
