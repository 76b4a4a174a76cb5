import { z } from 'zod';
import { fiscalYearSchema, moneySchema, plainText, regionCodeSchema } from '../shared/money.schemas';

/** 社会保险基金: every query is scoped by a region subtree and a fiscal year. */
export const socialFundScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type SocialFundScope = z.infer<typeof socialFundScopeSchema>;

/** A scope and one fund type (险种, as the feed names it); every fund together when absent. */
export const socialFundInputSchema = socialFundScopeSchema.extend({ fundType: plainText(100).min(1).optional() });
export type SocialFundInput = z.infer<typeof socialFundInputSchema>;

/** Months payable against SIF-MONTHS: below `redBelow` red, below `yellowBelow` yellow; 'none' without spending. */
export const reserveLevelSchema = z.enum(['normal', 'yellow', 'red', 'none']);
export type ReserveLevel = z.infer<typeof reserveLevelSchema>;

/** Months as decimal text ("9", "5.99"; negative for a balance in deficit). */
const monthsSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

/** The SIF-MONTHS lines in force for the region in scope (months). */
export const reserveLinesSchema = z.object({ yellowBelow: monthsSchema, redBelow: monthsSchema });

const positionFields = {
  /** The last month of the year loaded for this fund (or branch); its position is measured there. */
  latestMonth: z.number().int().min(0).max(12),
  /** Income and expenditure from January to `latestMonth` (元). */
  income: moneySchema,
  expenditure: moneySchema,
  /** income − expenditure; negative is 当期收不抵支. */
  surplus: moneySchema,
  /** SIF-DEFICIT: income below expenditure, exactly. */
  deficit: z.boolean(),
  /** 期末累计结余 at `latestMonth`. */
  balance: moneySchema,
  /** Average monthly expenditure of the twelve months ending with `latestMonth` (those loaded). */
  averageExpenditure: moneySchema.nullable(),
  monthsAveraged: z.number().int().min(0).max(12),
  /** balance / averageExpenditure (累计结余可支付月数), rounded down to 2 decimals; null without spending. */
  monthsPayable: monthsSchema.nullable(),
  reserveLevel: reserveLevelSchema,
  /** Income and expenditure of the same months of last year; null when last year lacks `latestMonth`. */
  lastYearIncome: moneySchema.nullable(),
  lastYearExpenditure: moneySchema.nullable(),
};

export const fundPositionSchema = z.object({ fundType: z.string(), ...positionFields });
export type FundPosition = z.infer<typeof fundPositionSchema>;

export const socialFundOverviewSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  /** The last month of the year loaded in the subtree (0: none). */
  latestMonth: z.number().int().min(0).max(12),
  lines: reserveLinesSchema,
  /** Each fund type over the subtree, in the budget tables' order (养老, 医疗, 失业, 工伤), others after. */
  funds: z.array(fundPositionSchema),
  /** Every fund together (基金合计); null when nothing is loaded. */
  total: z.object(positionFields).nullable(),
});
export type SocialFundOverview = z.infer<typeof socialFundOverviewSchema>;

export const socialFundMonthlySchema = z.object({
  fiscalYear: fiscalYearSchema,
  fundType: z.string().nullable(),
  lines: reserveLinesSchema,
  /** Twelve months, January first; a month not loaded has nulls. */
  months: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      income: moneySchema.nullable(),
      expenditure: moneySchema.nullable(),
      balance: moneySchema.nullable(),
      monthsPayable: monthsSchema.nullable(),
      reserveLevel: reserveLevelSchema,
      lastYearIncome: moneySchema.nullable(),
      lastYearExpenditure: moneySchema.nullable(),
    }),
  ),
});
export type SocialFundMonthly = z.infer<typeof socialFundMonthlySchema>;

export const branchPositionSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  level: z.string(),
  /** 'self': the region's own rows (本级); 'child': a direct sub-region with everything below it. */
  branch: z.enum(['self', 'child']),
  ...positionFields,
});
export type BranchPosition = z.infer<typeof branchPositionSchema>;

export const socialFundRegionsSchema = z.object({
  fundType: z.string().nullable(),
  /** The lines in force for the region in scope; each row is judged on its own region's lines. */
  lines: reserveLinesSchema,
  /** The region's own rows first, then its sub-regions by code; branches without a row are left out. */
  regions: z.array(branchPositionSchema),
});
export type SocialFundRegions = z.infer<typeof socialFundRegionsSchema>;
