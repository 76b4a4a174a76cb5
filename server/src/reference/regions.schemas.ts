import { z } from 'zod';

export const regionLevelSchema = z.enum(['province', 'city', 'county', 'township', 'zone']);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** A region with its children, for the region tree selector. */
export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionNode[];
}

export const regionNodeSchema: z.ZodType<RegionNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    level: regionLevelSchema,
    children: z.array(regionNodeSchema),
  }),
);

/** What the shell needs to start: the region tree, the years with data, and sensible defaults. */
export const referenceSummarySchema = z.object({
  regions: z.array(regionNodeSchema),
  fiscalYears: z.array(z.number().int()),
  defaultRegionCode: z.string().nullable(),
  defaultFiscalYear: z.number().int().nullable(),
});
export type ReferenceSummary = z.infer<typeof referenceSummarySchema>;
