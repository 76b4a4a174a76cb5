import { z } from 'zod';
import {
  bookSchema,
  fiscalYearSchema,
  isoDateSchema,
  moneySchema,
  ratioSchema,
  regionCodeSchema,
} from '../shared/money.schemas';

export const overviewInputSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type OverviewInput = z.infer<typeof overviewInputSchema>;

/** One book's expenditure execution and revenue collection for a region subtree. */
export const bookExecutionSchema = z.object({
  book: bookSchema,
  /** Current expenditure budget: initial + adjustments + supplements + transfers (元). */
  budget: moneySchema,
  /** Net payments (reversals subtracted) from 1 Jan to the as-of date (元). */
  executed: moneySchema,
  /** executed / budget; null where the budget is zero. */
  executionRate: ratioSchema,
  /** Annual revenue budget (年初预算数) summed over revenue codes (元). */
  revenueBudget: moneySchema,
  /** Revenue collected from January to the as-of month (元). */
  revenueActual: moneySchema,
  revenueRate: ratioSchema,
});
export type BookExecution = z.infer<typeof bookExecutionSchema>;

export const subRegionExecutionSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  budget: moneySchema,
  executed: moneySchema,
  executionRate: ratioSchema,
});
export type SubRegionExecution = z.infer<typeof subRegionExecutionSchema>;

export const overviewSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  /** Latest payment date of the year in the subtree, or 31 Dec for a closed year; null when no payment. */
  asOf: isoDateSchema.nullable(),
  /** Days elapsed in the fiscal year up to asOf / days in the year (序时进度), as a decimal string. */
  timeProgress: ratioSchema,
  books: z.array(bookExecutionSchema),
  /** Expenditure execution of the direct sub-regions (each with its own subtree aggregated), all books. */
  subRegions: z.array(subRegionExecutionSchema),
});
export type Overview = z.infer<typeof overviewSchema>;
