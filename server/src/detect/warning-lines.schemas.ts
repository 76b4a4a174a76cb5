import { z } from 'zod';
import { severitySchema } from '../alerts/alerts.schemas';
import { ratioSchema } from '../shared/money.schemas';

// The warning lines of the rules as the dashboard pages draw them (debt, state assets).

/** A ratio and the highest rung of its rule's ladder it reaches (null: under every line, or no ratio). */
export const indicatorSchema = z.object({
  /** Decimal fraction (1.000000 = 100 %), truncated to 6 decimals so it never reads past a line it is under. */
  value: ratioSchema,
  severity: severitySchema.nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** One rung of a rule's ladder: the severity reached at or past `ratio` (a decimal fraction). */
export const warningLineSchema = z.object({ severity: severitySchema, ratio: z.string() });
export type WarningLine = z.infer<typeof warningLineSchema>;

/** A rule's lines in force for the region (its override, an ancestor's, else the rule's defaults). */
export const ruleLinesSchema = z.object({ ruleCode: z.string(), lines: z.array(warningLineSchema) });
export type RuleLines = z.infer<typeof ruleLinesSchema>;
