import { z } from 'zod';
import { bookSchema, fiscalYearSchema, moneySchema, ratioSchema, regionCodeSchema } from '../shared/money.schemas';

/**
 * 收入执行: every query is scoped by a region subtree and a fiscal year, and measured from January
 * through the last month loaded (every month from January present), as REV-PACE measures.
 */
export const revenueScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type RevenueScope = z.infer<typeof revenueScopeSchema>;

/** A scope and one book (预算类型); 一般公共预算 when absent. */
export const revenueBookInputSchema = revenueScopeSchema.extend({ book: bookSchema.default('GPB') });
export type RevenueBookInput = z.infer<typeof revenueBookInputSchema>;

const monthSchema = z.number().int().min(1).max(12);
/** The last month up to which every month from January is loaded; 0 when January is missing. */
const throughMonthSchema = z.number().int().min(0).max(12);

/** An amount compared with the same months of last year; null when last year is not loaded that far. */
const lastYearMoneySchema = moneySchema.nullable();

// ---------------------------------------------------------------- summary per book

export const bookRevenueSchema = z.object({
  book: bookSchema,
  /** Annual budget of own revenue (本级收入: every code but 104, 105 and 110), each code's latest row (元). */
  budget: moneySchema,
  /** Own revenue collected January through `throughMonth` (元). */
  actual: moneySchema,
  /** actual / budget; null where the budget is zero. */
  rate: ratioSchema,
  /** timeProgress − rate (positive = behind 序时进度); null where either is missing. */
  paceGap: ratioSchema,
  /** paceGap ≥ the REV-PACE line in force (compared exactly, as the rule does). */
  behindPace: z.boolean(),
  lastYearActual: lastYearMoneySchema,
  /** actual / lastYearActual − 1; null where last year is missing or zero. */
  growth: ratioSchema,
});
export type BookRevenue = z.infer<typeof bookRevenueSchema>;

export const revenueSummarySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  throughMonth: throughMonthSchema,
  /** Days elapsed at the end of `throughMonth` / days in the year (序时进度); null when no month is loaded. */
  timeProgress: ratioSchema,
  /** throughMonth / 12 (月度进度); null when no month is loaded. */
  monthProgress: ratioSchema,
  /** REV-PACE: a book this far behind time progress is flagged (0.10 = 10 percentage points). */
  paceLine: z.string(),
  books: z.array(bookRevenueSchema),
});
export type RevenueSummary = z.infer<typeof revenueSummarySchema>;

// ---------------------------------------------------------------- one book month by month

export const monthlyRevenueSchema = z.object({
  fiscalYear: fiscalYearSchema,
  book: bookSchema,
  budget: moneySchema,
  lastYearBudget: moneySchema,
  throughMonth: throughMonthSchema,
  lastYearThroughMonth: throughMonthSchema,
  /** Twelve months, January first; a month not loaded has null amounts. */
  months: z.array(
    z.object({
      month: monthSchema,
      actual: moneySchema.nullable(),
      cumulative: moneySchema.nullable(),
      /** cumulative / budget. */
      rate: ratioSchema,
      lastYear: moneySchema.nullable(),
      lastYearCumulative: moneySchema.nullable(),
      lastYearRate: ratioSchema,
      /** 序时进度 at the end of the month. */
      timeProgress: z.string(),
    }),
  ),
});
export type MonthlyRevenue = z.infer<typeof monthlyRevenueSchema>;

// ---------------------------------------------------------------- tax and non-tax (GPB)

/** Decline of 一般公共预算收入 on the same months of last year, judged as REV-DECLINE does. */
export const declineLevelSchema = z.enum(['none', 'yellow', 'red']);

export const revenueCompositionSchema = z.object({
  fiscalYear: fiscalYearSchema,
  throughMonth: throughMonthSchema,
  lastYearThroughMonth: throughMonthSchema,
  /** The lines in force for the region (ratios: 0.30 = 30 %). */
  lines: z.object({
    /** REV-NONTAX: non-tax share strictly above this. */
    nonTaxShareAbove: z.string(),
    /** REV-NONTAX: share up at least this on the same months of last year. */
    nonTaxRiseAtLeast: z.string(),
    /** REV-DECLINE: a decline strictly above this is yellow. */
    declineYellow: z.string(),
    /** REV-DECLINE: a decline at or above this is red. */
    declineRed: z.string(),
  }),
  /** Twelve months of book GPB: 税收收入 (101…) and 非税收入 (103…), and the non-tax share cumulated from January. */
  months: z.array(
    z.object({
      month: monthSchema,
      tax: moneySchema.nullable(),
      nonTax: moneySchema.nullable(),
      share: ratioSchema,
      lastYearTax: moneySchema.nullable(),
      lastYearNonTax: moneySchema.nullable(),
      lastYearShare: ratioSchema,
    }),
  ),
  /** January through `throughMonth`, against the same months of last year. */
  total: z.object({
    tax: moneySchema,
    nonTax: moneySchema,
    /** 一般公共预算收入 = tax + non-tax (transfers excluded). */
    general: moneySchema,
    share: ratioSchema,
    lastYearTax: lastYearMoneySchema,
    lastYearNonTax: lastYearMoneySchema,
    lastYearGeneral: lastYearMoneySchema,
    lastYearShare: ratioSchema,
    /** share − lastYearShare. */
    shareRise: ratioSchema,
    /** general / lastYearGeneral − 1. */
    growth: ratioSchema,
    shareAbove: z.boolean(),
    shareRisen: z.boolean(),
    decline: declineLevelSchema,
  }),
});
export type RevenueComposition = z.infer<typeof revenueCompositionSchema>;

// ---------------------------------------------------------------- by revenue code (类/款/项)

const codeNodeSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  budget: moneySchema,
  actual: moneySchema,
  rate: ratioSchema,
  lastYearActual: lastYearMoneySchema,
  growth: ratioSchema,
});
export type RevenueCodeNode = z.infer<typeof codeNodeSchema>;

export const revenueCodesSchema = z.object({
  book: bookSchema,
  throughMonth: throughMonthSchema,
  /** 类 (3 digits) with their 款 (5) and 项 (7; deeper codes sum into their 项). */
  classes: z.array(
    codeNodeSchema.extend({
      /** Counts in own revenue (not 104 贷款转贷回收本金, 105 债务收入 or 110 转移性收入). */
      own: z.boolean(),
      children: z.array(codeNodeSchema.extend({ children: z.array(codeNodeSchema) })),
    }),
  ),
});
export type RevenueCodes = z.infer<typeof revenueCodesSchema>;

// ---------------------------------------------------------------- by sub-region

export const regionRevenueSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  /** 'self': the region's own rows (本级); 'child': a direct sub-region with everything below it. */
  branch: z.enum(['self', 'child']),
  /** The last month of the year with a row of this branch (0: none). */
  latestMonth: z.number().int().min(0).max(12),
  budget: moneySchema,
  actual: moneySchema,
  rate: ratioSchema,
  paceGap: ratioSchema,
  behindPace: z.boolean(),
  lastYearActual: lastYearMoneySchema,
  growth: ratioSchema,
});
export type RegionRevenue = z.infer<typeof regionRevenueSchema>;

export const revenueRegionsSchema = z.object({
  book: bookSchema,
  throughMonth: throughMonthSchema,
  timeProgress: ratioSchema,
  /** The REV-PACE line in force for the region in scope (each row is judged on its own region's line). */
  paceLine: z.string(),
  /** The region's own rows first, then its sub-regions by code; branches without a row are left out. */
  regions: z.array(regionRevenueSchema),
});
export type RevenueRegions = z.infer<typeof revenueRegionsSchema>;
