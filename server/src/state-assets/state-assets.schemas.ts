import { z } from 'zod';
import { severitySchema } from '../alerts/alerts.schemas';
import { indicatorSchema, warningLineSchema } from '../detect/warning-lines.schemas';
import { fiscalYearSchema, moneySchema, ratioSchema, regionCodeSchema } from '../shared/money.schemas';

/** 国有资产: the enterprises of a region subtree that report in a fiscal year. */
export const stateAssetsScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});
export type StateAssetsScope = z.infer<typeof stateAssetsScopeSchema>;

export const industryClassSchema = z.enum(['industrial', 'non_industrial']);

export const enterpriseSchema = z.object({
  enterpriseCode: z.string(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  supervisor: z.string(),
  industryClass: industryClassSchema,
  /** The latest report of the year: the annual one ('YYYY') where there is one, else the latest quarter ('YYYY-Qn'). */
  period: z.string(),
  totalAssets: moneySchema,
  totalLiabilities: moneySchema,
  /** 资产负债率 = liabilities / assets against the class's warning and key-supervision lines (SOE-LEVERAGE). */
  leverage: indicatorSchema,
  /**
   * The annual report the year's results come from: the year's own, else the year before's (while
   * the year's is not in). Null when neither is loaded; the annual figures below are then null too.
   */
  annualPeriod: z.string().nullable(),
  netProfit: moneySchema.nullable(),
  /** Annual losses in a row up to annualPeriod (0 after a profit); SOE-LOSS's severity once it reaches its count. */
  lossYears: z.number().int(),
  lossSeverity: severitySchema.nullable(),
  stateCapital: moneySchema.nullable(),
  /** State capital of the annual report a year earlier. */
  baseStateCapital: moneySchema.nullable(),
  /** 保值增值率 = stateCapital / baseStateCapital, below SOE-PRESERVE's line is yellow; null without a positive base. */
  preservation: indicatorSchema,
  dividendsDue: moneySchema.nullable(),
  dividendsPaid: moneySchema.nullable(),
  /** (due − paid) / due, past SOE-DIVIDEND's shortfall is orange; null where nothing is due. */
  unpaid: indicatorSchema,
});
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const stateAssetsSummarySchema = z.object({
  enterprises: z.number().int(),
  totalAssets: moneySchema,
  totalLiabilities: moneySchema,
  /** Liabilities / assets of all the enterprises together. */
  leverage: ratioSchema,
  /** Enterprises at or past their warning line but under the key-supervision line (yellow), and at or past that (red). */
  overWarningLine: z.number().int(),
  overKeyLine: z.number().int(),
  /** Enterprises with an annual loss, and those whose losses run long enough for SOE-LOSS. */
  lossMaking: z.number().int(),
  consecutiveLosses: z.number().int(),
  /** Σ state capital / Σ the same enterprises' capital a year earlier. */
  preservation: ratioSchema,
  notPreserved: z.number().int(),
  dividendsDue: moneySchema,
  dividendsPaid: moneySchema,
  /** Σ paid / Σ due. */
  paidRatio: ratioSchema,
  underpaid: z.number().int(),
});

export const stateAssetsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  summary: stateAssetsSummarySchema,
  /** Most leveraged first. */
  enterprises: z.array(enterpriseSchema),
  /** The lines in force for the region (its override, an ancestor's, else the rules' defaults), as decimal fractions. */
  lines: z.object({
    leverage: z.object({
      ruleCode: z.string(),
      industrial: z.array(warningLineSchema),
      nonIndustrial: z.array(warningLineSchema),
    }),
    loss: z.object({ ruleCode: z.string(), consecutiveYears: z.number().int() }),
    preservation: z.object({ ruleCode: z.string(), below: z.string() }),
    dividend: z.object({ ruleCode: z.string(), shortfallAbove: z.string() }),
  }),
});
export type StateAssets = z.infer<typeof stateAssetsSchema>;
