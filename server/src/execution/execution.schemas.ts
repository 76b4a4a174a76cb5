import { z } from 'zod';
import {
  bookSchema,
  fiscalYearSchema,
  isoDateSchema,
  moneySchema,
  plainText,
  ratioSchema,
  regionCodeSchema,
} from '../shared/money.schemas';

/** The execution monitor (执行监控): every query is scoped by a region subtree and a fiscal year. */
export const executionScopeSchema = z.object({
  regionCode: regionCodeSchema,
  fiscalYear: fiscalYearSchema,
});

const agencyCodeSchema = z.string().min(1).max(64).regex(/^[0-9A-Za-z_-]+$/, 'agency code: letters, digits, - and _');
const lineIdSchema = z.string().min(1).max(64).regex(/^[0-9A-Za-z_./-]+$/, 'line id: letters, digits and - _ . /');
const codePrefixSchema = z.string().min(1).max(7).regex(/^\d+$/, 'a classification code (digits)');

// ---------------------------------------------------------------- agencies ranked by lag

export const agencyRankingInputSchema = executionScopeSchema.extend({
  /** One book only; all four when absent. */
  book: bookSchema.optional(),
});
export type AgencyRankingInput = z.infer<typeof agencyRankingInputSchema>;

export const agencyExecutionSchema = z.object({
  agencyCode: z.string(),
  agencyName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** Current budget: every line of the year, adjustments included (元). */
  budget: moneySchema,
  /** Net payments of the year to the as-of date (元). */
  executed: moneySchema,
  /** executed / budget; null where the budget is zero. */
  executionRate: ratioSchema,
  /** timeProgress − executionRate (positive = behind 序时进度); null where the rate is null. */
  lag: ratioSchema,
  payments: z.number().int(),
});
export type AgencyExecution = z.infer<typeof agencyExecutionSchema>;

export const agencyRankingSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  fiscalYear: fiscalYearSchema,
  /** Latest payment date of the year in the subtree (31 Dec for a closed year); null when none. */
  asOf: isoDateSchema.nullable(),
  timeProgress: ratioSchema,
  /** Most behind first; agencies without budget last. */
  agencies: z.array(agencyExecutionSchema),
});
export type AgencyRanking = z.infer<typeof agencyRankingSchema>;

// ---------------------------------------------------------------- monthly curve against last year

export const monthlyInputSchema = executionScopeSchema.extend({ agencyCode: agencyCodeSchema.optional() });
export type MonthlyInput = z.infer<typeof monthlyInputSchema>;

export const monthlyExecutionSchema = z.object({
  fiscalYear: fiscalYearSchema,
  budget: moneySchema,
  lastYearBudget: moneySchema,
  /** Twelve months, January first: net payments of the month and cumulated, this year and last. */
  months: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      executed: moneySchema,
      cumulative: moneySchema,
      lastYear: moneySchema,
      lastYearCumulative: moneySchema,
    }),
  ),
});
export type MonthlyExecution = z.infer<typeof monthlyExecutionSchema>;

// ---------------------------------------------------------------- spending by function class

export const functionBreakdownInputSchema = monthlyInputSchema;
export type FunctionBreakdownInput = MonthlyInput;

const functionNodeSchema = z.object({
  /** 类 (3 digits) or 款 (5 digits) of 支出功能分类. */
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  budget: moneySchema,
  executed: moneySchema,
});
export const functionBreakdownSchema = z.object({
  classes: z.array(functionNodeSchema.extend({ children: z.array(functionNodeSchema) })),
});
export type FunctionBreakdown = z.infer<typeof functionBreakdownSchema>;

// ---------------------------------------------------------------- an agency's budget lines

export const agencyLinesInputSchema = executionScopeSchema.extend({ agencyCode: agencyCodeSchema });
export type AgencyLinesInput = z.infer<typeof agencyLinesInputSchema>;

export const budgetLineExecutionSchema = z.object({
  lineId: z.string(),
  book: bookSchema,
  funcCode: z.string(),
  funcName: z.string().nullable(),
  funcNameEn: z.string().nullable(),
  econCode: z.string(),
  econName: z.string().nullable(),
  econNameEn: z.string().nullable(),
  projectName: z.string().nullable(),
  docNo: z.string(),
  /** The line's amount plus its adjustments (rows whose parent is the line). */
  budget: moneySchema,
  executed: moneySchema,
  executionRate: ratioSchema,
  payments: z.number().int(),
});
export type BudgetLineExecution = z.infer<typeof budgetLineExecutionSchema>;

export const agencyLinesSchema = z.object({
  agencyCode: z.string(),
  agencyName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  lines: z.array(budgetLineExecutionSchema),
  /** Payments of the agency that name no budget line, or a line not among the agency's lines of the year. */
  unattributed: z.object({ executed: moneySchema, payments: z.number().int() }),
});
export type AgencyLines = z.infer<typeof agencyLinesSchema>;

// ---------------------------------------------------------------- payments, paged

/** Money text as a whole number of fen, exactly ("-12.3" → -1230n). */
function fen(money: string): bigint {
  const [whole = '0', fraction = ''] = money.replace('-', '').split('.');
  const value = BigInt(whole + fraction.padEnd(2, '0'));
  return money.startsWith('-') ? -value : value;
}

export const PAYMENT_SORT_FIELDS = ['payDate', 'amount', 'payeeName', 'voucherNo'] as const;
export const MAX_PAYMENT_PAGE_SIZE = 100;

export const paymentSearchInputSchema = executionScopeSchema
  .extend({
    agencyCode: agencyCodeSchema,
    /**
     * One budget line (payments on it and on its adjustment rows); '' for the payments counted as
     * unattributed in execution.lines: no line, or a line not among the agency's lines of the year.
     */
    lineId: z.union([lineIdSchema, z.literal('')]).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** Part of the payee's name (case-insensitive). */
    payee: plainText(100).optional(),
    minAmount: moneySchema.optional(),
    maxAmount: moneySchema.optional(),
    /** A code or its leading digits (类/款). */
    econCode: codePrefixSchema.optional(),
    funcCode: codePrefixSchema.optional(),
    sort: z.enum(PAYMENT_SORT_FIELDS).default('payDate'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(MAX_PAYMENT_PAGE_SIZE).default(20),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'from must not be after to', path: ['to'] })
  .refine((input) => !input.minAmount || !input.maxAmount || fen(input.minAmount) <= fen(input.maxAmount), {
    message: 'minAmount must not exceed maxAmount',
    path: ['maxAmount'],
  });
export type PaymentSearchInput = z.input<typeof paymentSearchInputSchema>;

export const paymentRowSchema = z.object({
  voucherNo: z.string(),
  payDate: isoDateSchema,
  book: bookSchema,
  funcCode: z.string(),
  econCode: z.string(),
  lineId: z.string().nullable(),
  /** Masked (王*明) for roles that may not see individual payees. */
  payeeName: z.string(),
  payeeType: z.string(),
  payMethod: z.string(),
  amount: moneySchema,
  purpose: z.string().nullable(),
});
export type PaymentRow = z.infer<typeof paymentRowSchema>;

export const paymentPageSchema = z.object({
  total: z.number().int(),
  /** Sum of the amounts of every matching payment, not just this page (元). */
  totalAmount: moneySchema,
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(paymentRowSchema),
});
export type PaymentPage = z.infer<typeof paymentPageSchema>;
