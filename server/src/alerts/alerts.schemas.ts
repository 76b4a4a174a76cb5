import { z } from 'zod';
import { isoDateSchema, plainText, plainTextWithBreaks, regionCodeSchema } from '../shared/money.schemas';

export const severitySchema = z.enum(['yellow', 'orange', 'red']);
export const alertStatusSchema = z.enum(['new', 'verifying', 'assigned', 'replied', 'closed', 'false_positive']);
export const ruleCodeSchema = z.string().regex(/^[A-Z]{2,5}-[A-Z0-9]{2,12}$/, 'rule code like EXE-LAG');
export const alertIdSchema = z.string().regex(/^\d{1,18}$/);
/** Exact decimal text as stored (NUMERIC(30,6)), or null. */
const decimalText = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .nullable();

/** Which alerts: every filter optional; region includes its sub-regions; resolved ones only on request. */
export const alertFilterSchema = z.object({
  regionCode: regionCodeSchema.optional(),
  ruleCodes: z.array(ruleCodeSchema).max(50).optional(),
  severities: z.array(severitySchema).max(3).optional(),
  statuses: z.array(alertStatusSchema).max(6).optional(),
  /** Period bounds compare the period's text (YYYY, YYYY-MM, YYYY-MM-DD), so '2026' … '2026-12-31' is the year. */
  periodFrom: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  periodTo: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  /** Entity key prefix, e.g. an agency code or a voucher number. */
  entityKey: plainText(100).trim().min(1).optional(),
  includeResolved: z.boolean().default(false),
});
export type AlertFilter = z.infer<typeof alertFilterSchema>;

export const listAlertsInputSchema = alertFilterSchema.extend({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type ListAlertsInput = z.input<typeof listAlertsInputSchema>;

export const alertSummarySchema = z.object({
  id: alertIdSchema,
  ruleCode: z.string(),
  ruleNameZh: z.string(),
  ruleNameEn: z.string(),
  severity: severitySchema,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  entityType: z.string(),
  entityKey: z.string(),
  period: z.string(),
  value: decimalText,
  threshold: decimalText,
  explanationZh: z.string(),
  explanationEn: z.string(),
  status: alertStatusSchema,
  /** Set once the alert is assigned (交办): the unit and its deadline. */
  assigneeUnit: z.string().nullable(),
  deadline: isoDateSchema.nullable(),
  detectedAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type AlertSummary = z.infer<typeof alertSummarySchema>;

export const alertPageSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(alertSummarySchema),
  /** Open alerts by severity under the same filters, for the page's badges. */
  bySeverity: z.object({ yellow: z.number().int(), orange: z.number().int(), red: z.number().int() }),
});
export type AlertPage = z.infer<typeof alertPageSchema>;

export type AlertStatus = z.infer<typeof alertStatusSchema>;

export const workflowActionSchema = z.enum(['verify', 'assign', 'reply', 'close', 'falsePositive', 'reopen']);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/**
 * One workflow action on one or more alerts (bulk: up to 200, all or none). 交办 needs the unit and
 * the deadline; 反馈 needs the reply and 误报 the reason (both in `comment`); 重新核实 a comment too.
 */
export const alertTransitionInputSchema = z
  .object({
    ids: z.array(alertIdSchema).min(1).max(200),
    action: workflowActionSchema,
    comment: plainTextWithBreaks(2000).trim().optional(),
    assigneeUnit: plainText(100).trim().min(1).optional(),
    deadline: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.action === 'assign' && (!input.assigneeUnit || !input.deadline)) {
      context.addIssue({ code: 'custom', path: ['assigneeUnit'], message: 'assign needs assigneeUnit and deadline' });
    }
    if (['reply', 'falsePositive', 'reopen'].includes(input.action) && !input.comment) {
      context.addIssue({ code: 'custom', path: ['comment'], message: `${input.action} needs a comment` });
    }
    if (input.action !== 'assign' && (input.assigneeUnit !== undefined || input.deadline !== undefined)) {
      context.addIssue({ code: 'custom', path: ['assigneeUnit'], message: 'only assign takes a unit and a deadline' });
    }
  });
export type AlertTransitionInput = z.infer<typeof alertTransitionInputSchema>;

export const alertEventSchema = z.object({
  kind: z.string(),
  /** Who did it (display name), null for the detection engine. */
  actor: z.string().nullable(),
  fromStatus: alertStatusSchema.nullable(),
  toStatus: alertStatusSchema.nullable(),
  comment: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const alertDetailSchema = alertSummarySchema.extend({
  ruleVersion: z.number().int(),
  params: z.record(z.string(), z.unknown()),
  evidence: z.record(z.string(), z.unknown()),
  events: z.array(alertEventSchema),
});
export type AlertDetail = z.infer<typeof alertDetailSchema>;
