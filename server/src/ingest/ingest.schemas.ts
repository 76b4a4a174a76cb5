import { z } from 'zod';
import { FEEDS } from './feeds/feed-registry';
import type { FeedName } from './feeds/feed-descriptor';

const FEED_NAMES = FEEDS.map((f) => f.name) as [FeedName, ...FeedName[]];
export const feedNameSchema = z.enum(FEED_NAMES);
export const ingestModeSchema = z.enum(['strict', 'quarantine']);
const bilingual = z.object({ zh: z.string(), en: z.string() });
export const presetNameSchema = z.string().trim().min(1).max(100);

/** The feeds and their columns, as the upload form and the preset editor show them. */
export const feedCatalogSchema = z.object({
  feeds: z.array(
    z.object({
      name: feedNameSchema,
      nameZh: z.string(),
      naturalKey: z.array(z.string()),
      columns: z.array(
        z.object({
          key: z.string(),
          zh: z.string(),
          type: z.string(),
          required: z.boolean(),
          values: z.record(z.string(), z.array(z.string())).optional(),
        }),
      ),
    }),
  ),
  dateFormats: z.array(z.string()),
});
export type FeedCatalog = z.infer<typeof feedCatalogSchema>;

/** Batch ids are bigint in the database and decimal strings on the wire. */
export const batchIdSchema = z.string().regex(/^\d{1,18}$/);

export const batchSummarySchema = z.object({
  id: batchIdSchema,
  feed: feedNameSchema,
  source: z.enum(['cli', 'upload', 'inbox', 'demo']),
  mode: ingestModeSchema,
  fileName: z.string(),
  fileBytes: z.number(),
  format: z.string(),
  encoding: z.string(),
  presetName: z.string().nullable(),
  status: z.enum(['running', 'succeeded', 'failed']),
  rowsRead: z.number().int(),
  rowsInserted: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  rowsRejected: z.number().int(),
  rowsQuarantined: z.number().int(),
  warnings: z.number().int(),
  message: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdBy: z.string().nullable(),
});
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export const listBatchesInputSchema = z.object({
  feed: feedNameSchema.optional(),
  status: z.enum(['running', 'succeeded', 'failed']).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ListBatchesInput = z.input<typeof listBatchesInputSchema>;

export const batchPageSchema = z.object({ total: z.number().int(), batches: z.array(batchSummarySchema) });
export type BatchPage = z.infer<typeof batchPageSchema>;

export const rowErrorSchema = z.object({
  rowNumber: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});

export const warningSchema = bilingual.extend({
  column: z.string(),
  value: z.string(),
  rows: z.number().int(),
  firstRow: z.number().int(),
});

export const batchDetailSchema = batchSummarySchema.extend({
  errors: z.array(rowErrorSchema),
  errorsTotal: z.number().int(),
  warningList: z.array(warningSchema),
  timings: z.record(z.string(), z.number()),
});
export type BatchDetail = z.infer<typeof batchDetailSchema>;

export const quarantineInputSchema = z.object({
  batchId: batchIdSchema.optional(),
  feed: feedNameSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type QuarantineInput = z.input<typeof quarantineInputSchema>;

export const quarantinePageSchema = z.object({
  total: z.number().int(),
  rows: z.array(
    z.object({
      id: z.string(),
      batchId: batchIdSchema,
      feed: feedNameSchema,
      fileName: z.string(),
      rowNumber: z.number().int(),
      raw: z.record(z.string(), z.string().nullable()),
      errors: z.array(z.object({ column: z.string().nullable(), value: z.string().nullable(), zh: z.string(), en: z.string() })),
    }),
  ),
});
export type QuarantinePage = z.infer<typeof quarantinePageSchema>;

export const feedFreshnessSchema = z.array(
  z.object({
    feed: feedNameSchema,
    nameZh: z.string(),
    rows: z.number().int(),
    lastLoadAt: z.string().nullable(),
    lastSource: z.string().nullable(),
    lastFileName: z.string().nullable(),
    daysSince: z.number().int().nullable(),
    lastFailedAt: z.string().nullable(),
  }),
);
export type FeedFreshness = z.infer<typeof feedFreshnessSchema>;

export const jobSchema = z.object({
  id: z.string(),
  feed: feedNameSchema,
  fileName: z.string(),
  state: z.enum(['queued', 'running', 'done']),
  progress: z.object({
    phase: z.enum(['reading', 'checking', 'storing', 'done']),
    bytesRead: z.number(),
    totalBytes: z.number(),
    rowsParsed: z.number().int(),
    rowsValid: z.number().int(),
    rowsStored: z.number().int(),
  }),
  batchId: batchIdSchema.nullable(),
  status: z.enum(['succeeded', 'failed']).nullable(),
  fileErrors: z.array(bilingual),
});
export type IngestJob = z.infer<typeof jobSchema>;
