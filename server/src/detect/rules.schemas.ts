import { z } from 'zod';
import { ruleCodeSchema } from '../alerts/alerts.schemas';
import { isoDateSchema, plainText, regionCodeSchema } from '../shared/money.schemas';

const paramsSchema = z.record(plainText(40), z.union([z.number(), plainText(200), z.array(plainText(40)).max(50)]));

export const ruleWithThresholdsSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.string(),
  entityType: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  basis: z.string(),
  defaults: z.record(z.string(), z.unknown()),
  overrides: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string().nullable(),
      params: z.record(z.string(), z.unknown()),
      updatedAt: z.string(),
    }),
  ),
});

export const setThresholdInputSchema = z.object({
  ruleCode: ruleCodeSchema,
  regionCode: regionCodeSchema,
  params: paramsSchema,
});
export type SetThresholdInput = z.infer<typeof setThresholdInputSchema>;
export const clearThresholdInputSchema = z.object({ ruleCode: ruleCodeSchema, regionCode: regionCodeSchema });

export const runDetectionInputSchema = z.object({
  asOf: isoDateSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  ruleCodes: z.array(ruleCodeSchema).max(50).optional(),
});
export type RunDetectionInput = z.infer<typeof runDetectionInputSchema>;

export const detectionSummarySchema = z.object({
  asOf: z.string(),
  rules: z.array(
    z.object({
      code: z.string(),
      found: z.number(),
      created: z.number(),
      updated: z.number(),
      resolved: z.number(),
      ms: z.number(),
    }),
  ),
});
export type DetectionSummaryOutput = z.infer<typeof detectionSummarySchema>;
export type RuleWithThresholdsOutput = z.infer<typeof ruleWithThresholdsSchema>;
