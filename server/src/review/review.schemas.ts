import { z } from 'zod';
import { bookSchema, fiscalYearSchema, moneySchema, ratioSchema, regionCodeSchema } from '../shared/money.schemas';

/**
 * 会前审查: what a deputy reads before the session, for a region subtree and the budget year in
 * scope. Read-only aggregates; "last year" is always the year before the one in scope.
 */
export const reviewScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type ReviewScope = z.infer<typeof reviewScopeSchema>;

/** The months of a year loaded so far (the latest month with data, 12 once complete); 0 when none. */
const throughMonthSchema = z.number().int().min(0).max(12);

const regionHeader = {
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
};

// ---------------------------------------------------------------- the four books

/** One book's budget this year against last year's budget and last year's spending and revenue. */
export const bookReviewSchema = z.object({
  book: bookSchema,
  /** Current expenditure budget of the year: every budget line, adjustments included (元). */
  budget: moneySchema,
  /** budget / the four books' budget; null where that total is zero. */
  share: ratioSchema,
  /** Last year's current expenditure budget (元). */
  lastYearBudget: moneySchema,
  /** Last year's net payments, January through `lastYearThroughMonth` (元). */
  lastYearExecuted: moneySchema,
  /** budget / lastYearBudget − 1; null where last year's budget is zero. */
  growthOnBudget: ratioSchema,
  /** budget / lastYearExecuted − 1; null where last year's spending is zero. */
  growthOnExecuted: ratioSchema,
  /** Own revenue budget of the year (本级收入: every code but 104, 105, 110), each code's latest row (元). */
  revenueBudget: moneySchema,
  /** Own revenue collected last year (元). */
  lastYearRevenue: moneySchema,
  /** revenueBudget / lastYearRevenue − 1; null where last year's revenue is zero. */
  revenueGrowth: ratioSchema,
});
export type BookReview = z.infer<typeof bookReviewSchema>;

export const booksReviewSchema = z.object({
  ...regionHeader,
  /** Latest month of last year with payments loaded (12: the whole year). */
  lastYearThroughMonth: throughMonthSchema,
  /** The four books in canonical order. */
  books: z.array(bookReviewSchema),
  total: bookReviewSchema.omit({ book: true }),
});
export type BooksReview = z.infer<typeof booksReviewSchema>;

// ---------------------------------------------------------------- by function class (功能分类 类)

export const functionsReviewInputSchema = reviewScopeSchema.extend({
  /** One book only; all four together when absent. */
  book: bookSchema.optional(),
});
export type FunctionsReviewInput = z.infer<typeof functionsReviewInputSchema>;

export const functionClassReviewSchema = z.object({
  /** 类: the first three digits of 支出功能分类. */
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  budget: moneySchema,
  lastYearBudget: moneySchema,
  lastYearExecuted: moneySchema,
  /** budget / lastYearExecuted − 1; null where last year's spending is zero. */
  growthOnExecuted: ratioSchema,
});
export type FunctionClassReview = z.infer<typeof functionClassReviewSchema>;

export const functionsReviewSchema = z.object({
  lastYearThroughMonth: throughMonthSchema,
  /** Largest budget first. */
  classes: z.array(functionClassReviewSchema),
});
export type FunctionsReview = z.infer<typeof functionsReviewSchema>;

// ---------------------------------------------------------------- 三公经费 over the years

export const sangongCodeSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const sangongYearSchema = z.object({
  fiscalYear: fiscalYearSchema,
  /** Latest month with payments loaded: 12 for a whole year, fewer for a year under way. */
  throughMonth: throughMonthSchema,
  /** Current budget of the 三公 economic codes (元). */
  budget: moneySchema,
  /** Net payments of the 三公 economic codes, January through `throughMonth` (元). */
  paid: moneySchema,
  /** paid / budget; null where the budget is zero. */
  paidRate: ratioSchema,
  /** budget / the year before's budget − 1; null for the first year or a zero budget before. */
  budgetGrowth: ratioSchema,
  /** The same by economic code, in the order of `codes`. */
  byCode: z.array(z.object({ code: z.string(), budget: moneySchema, paid: moneySchema, budgetGrowth: ratioSchema })),
});
export type SangongYear = z.infer<typeof sangongYearSchema>;

export const sangongTrendSchema = z.object({
  /** The economic codes counted as 三公 (EXE-SANGONG's defaults), with their names. */
  codes: z.array(sangongCodeSchema),
  /** Every year up to the one in scope with budget lines or payments loaded, oldest first. */
  years: z.array(sangongYearSchema),
});
export type SangongTrend = z.infer<typeof sangongTrendSchema>;

// ---------------------------------------------------------------- debt and state assets

export const debtSummarySchema = z.object({
  fiscalYear: fiscalYearSchema,
  /** Debt limit of the year, general + special (元). */
  limit: moneySchema,
  /** Balance at the latest month of the year loaded, general + special (元); null when no month is loaded. */
  balance: moneySchema.nullable(),
  /** 'YYYY-MM' of that balance. */
  balancePeriod: z.string().nullable(),
  /** 综合财力 of the year: reported where loaded, else derived from revenue (元); null when neither. */
  fiscalCapacity: moneySchema.nullable(),
  /** Whether every region's capacity was reported, or some were derived from the revenue feed. */
  capacitySource: z.enum(['reported', 'derived']).nullable(),
  /** balance / fiscalCapacity (债务率); null where either is missing. */
  debtRatio: ratioSchema,
  /** The national warning line of the debt ratio (DEBT-RATIO's default: 1 = 100 %). */
  debtRatioLine: z.string(),
  /** balance / limit; null where either is missing or the limit is zero. */
  limitUsed: ratioSchema,
});
export type DebtSummary = z.infer<typeof debtSummarySchema>;

export const stateAssetSummarySchema = z.object({
  /** The report read: the latest annual one up to the year in scope ('YYYY'), else the latest quarter. */
  period: z.string(),
  enterprises: z.number().int(),
  totalAssets: moneySchema,
  totalLiabilities: moneySchema,
  /** totalLiabilities / totalAssets (资产负债率); null where assets are zero. */
  leverage: ratioSchema,
  totalProfit: moneySchema,
  netProfit: moneySchema,
  /** Enterprises at or over their warning line (SOE-LEVERAGE's defaults: industrial / other). */
  overWarningLine: z.number().int(),
  /** Enterprises with a net loss in the period. */
  lossMaking: z.number().int(),
  /** The warning lines, as ratios (0.65 = 65 %). */
  industrialLine: z.string(),
  otherLine: z.string(),
});
export type StateAssetSummary = z.infer<typeof stateAssetSummarySchema>;

export const positionsReviewSchema = z.object({
  debt: debtSummarySchema.nullable(),
  stateAssets: stateAssetSummarySchema.nullable(),
});
export type PositionsReview = z.infer<typeof positionsReviewSchema>;

// ---------------------------------------------------------------- PEFA reliability

/** PEFA score: A best, D worst. */
export const pefaScoreSchema = z.enum(['A', 'B', 'C', 'D']);
export type PefaScore = z.infer<typeof pefaScoreSchema>;

const outturnSchema = z.object({
  /** The last completed year up to the one in scope (December loaded). */
  fiscalYear: fiscalYearSchema,
  /** Initial budget (PI-1: 年初预算 of every book) or revenue budget (PI-3: own revenue) (元). */
  budget: moneySchema,
  /** Net payments (PI-1) or own revenue collected (PI-3) of the whole year (元). */
  actual: moneySchema,
  /** actual / budget. */
  outturn: z.string(),
  score: pefaScoreSchema,
});

export const compositionOutturnSchema = z.object({
  fiscalYear: fiscalYearSchema,
  /** Σ |actual − budget scaled to the actual total| / Σ scaled budget, by function class (类). */
  variance: z.string(),
  score: pefaScoreSchema,
  /** Classes left out as PEFA prescribes (BUD-PI2's defaults: contingency, interest). */
  excludedClasses: z.array(z.string()),
  /** The classes that moved most, largest deviation first (at most five). */
  topClasses: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      scaledBudget: moneySchema,
      actual: moneySchema,
    }),
  ),
});

/** The score bands, as ratios: a value inside [low, high] (bounds included) earns the letter. */
const bandSchema = z.object({ score: pefaScoreSchema, low: z.string(), high: z.string() });

export const reliabilityReviewSchema = z.object({
  /** PI-1 aggregate expenditure outturn; null without a completed year of budget and payments. */
  aggregateExpenditure: outturnSchema.nullable(),
  /** PI-2.1 expenditure composition outturn by function. */
  composition: compositionOutturnSchema.nullable(),
  /** PI-3.1 aggregate revenue outturn. */
  aggregateRevenue: outturnSchema.nullable(),
  bands: z.object({
    aggregateExpenditure: z.array(bandSchema),
    /** Upper bounds of the variance (low is 0). */
    composition: z.array(bandSchema),
    aggregateRevenue: z.array(bandSchema),
  }),
});
export type ReliabilityReview = z.infer<typeof reliabilityReviewSchema>;
export type PefaBand = z.infer<typeof bandSchema>;
