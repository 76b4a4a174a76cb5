import { z } from 'zod';
import { severitySchema } from '../alerts/alerts.schemas';
import { indicatorSchema, ruleLinesSchema, warningLineSchema } from '../detect/warning-lines.schemas';
import { fiscalYearSchema, isoDateSchema, moneySchema, ratioSchema, regionCodeSchema } from '../shared/money.schemas';

export { indicatorSchema, ruleLinesSchema, warningLineSchema };
export type { Indicator, RuleLines, WarningLine } from '../detect/warning-lines.schemas';

/** 政府债务: every query is scoped by a region subtree and a fiscal year. */
export const debtScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type DebtScope = z.infer<typeof debtScopeSchema>;

/** A month, 'YYYY-MM'. */
const periodSchema = z.string().regex(/^\d{4}-\d{2}$/);


// ---------------------------------------------------------------- positions: limits, balances, ratios

export const debtTypeFiguresSchema = z.object({
  /** The year's 债务限额; null when none is loaded. */
  limit: moneySchema.nullable(),
  /** 债务余额 at the type's latest month of the year. */
  balance: moneySchema,
  /** balance > limit (DEBT-OVERLIMIT). */
  overLimit: z.boolean(),
});

export const debtPositionRowSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  /** The latest month of the year with debt figures; null for a region with a limit only. */
  period: periodSchema.nullable(),
  general: debtTypeFiguresSchema,
  special: debtTypeFiguresSchema,
  balance: moneySchema,
  limit: moneySchema.nullable(),
  /** Principal repaid and interest paid in the year's months loaded (元). */
  principalRepaid: moneySchema,
  interestPaid: moneySchema,
  overdue: moneySchema,
  /** 综合财力 of the year, reported or derived from revenue (as DEBT-RATIO reads it); null when neither. */
  fiscalCapacity: moneySchema.nullable(),
  fiscalCapacitySource: z.enum(['reported', 'revenue_actual', 'revenue_budget', 'mixed']).nullable(),
  /** GPB + GFB net payments from January through `period` (the DEBT-INTEREST denominator). */
  expenditure: moneySchema,
  /** 债务率 = balance / 综合财力 (DEBT-RATIO). */
  debtRatio: indicatorSchema,
  /** 偿债率 = (principal + interest) / 综合财力 (DEBT-SERVICE). */
  serviceRatio: indicatorSchema,
  /** 利息支出率 = interest / GPB + GFB expenditure (DEBT-INTEREST). */
  interestRatio: indicatorSchema,
  /** 逾期债务率 = overdue / balance (DEBT-OVERDUE). */
  overdueRatio: indicatorSchema,
});
export type DebtPositionRow = z.infer<typeof debtPositionRowSchema>;

export const debtPositionsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  /** The subtree taken as one: sums of the regions, ratios of the sums. */
  total: debtPositionRowSchema,
  /** Each region of the subtree with a debt figure or a limit in the year, by region code. */
  regions: z.array(debtPositionRowSchema),
  lines: z.object({
    debtRatio: ruleLinesSchema,
    serviceRatio: ruleLinesSchema,
    interestRatio: ruleLinesSchema,
    overdueRatio: ruleLinesSchema,
  }),
});
export type DebtPositions = z.infer<typeof debtPositionsSchema>;

// ---------------------------------------------------------------- bonds falling due

const maturityBucketSchema = z.object({
  total: moneySchema,
  general: moneySchema,
  special: moneySchema,
  bonds: z.number().int(),
});

export const bondMaturitiesSchema = z.object({
  fiscalYear: fiscalYearSchema,
  /** Bonds issued by the end of the year and outstanding after it. */
  outstanding: maturityBucketSchema,
  /** The ten years after the fiscal year, each with the face value falling due in it. */
  years: z.array(maturityBucketSchema.extend({ year: z.number().int() })),
  /** Falling due more than ten years after. */
  later: maturityBucketSchema,
});
export type BondMaturities = z.infer<typeof bondMaturitiesSchema>;

// ---------------------------------------------------------------- special bond projects

/** At most this many projects are listed (the least spent); the totals count them all. */
export const MAX_LISTED_PROJECTS = 500;

export const bondProjectSchema = z.object({
  projectCode: z.string(),
  projectName: z.string(),
  bondCode: z.string(),
  bondName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  agencyCode: z.string(),
  agencyName: z.string().nullable(),
  issueDate: isoDateSchema.nullable(),
  /** The snapshot's date: the latest by the end of the fiscal year. */
  asOfDate: isoDateSchema,
  allocated: moneySchema,
  spent: moneySchema,
  /** spent / allocated; null where nothing is allocated. */
  spentRatio: ratioSchema,
  /** DEBT-IDLE's rung reached at the snapshot (null: not idle, or its bond is not loaded). */
  idle: severitySchema.nullable(),
});
export type BondProject = z.infer<typeof bondProjectSchema>;

const projectTotalsSchema = z.object({
  projects: z.number().int(),
  allocated: moneySchema,
  spent: moneySchema,
  spentRatio: ratioSchema,
});

export const bondProjectsSchema = z.object({
  fiscalYear: fiscalYearSchema,
  total: projectTotalsSchema,
  regions: z.array(projectTotalsSchema.extend({ regionCode: z.string(), regionName: z.string() })),
  /** Idle first (DEBT-IDLE red, then yellow), then least spent first; at most MAX_LISTED_PROJECTS. */
  projects: z.array(bondProjectSchema),
  /** DEBT-IDLE in force: below `belowRatio` spent once `months` have passed since the bond's issue. */
  idleLines: z.array(z.object({ severity: severitySchema, months: z.number().int(), belowRatio: z.string() })),
});
export type BondProjects = z.infer<typeof bondProjectsSchema>;
