// Shared by the single-payment rules (PAY-LARGE, PAY-CASH, PAY-INDIV): one scan, one finding shape.
import { z } from 'zod';
import Decimal from 'decimal.js';
import { inputDates, type Finding, type RuleContext } from '../../rule-descriptor';

export interface PaymentRow {
  voucher_no: string;
  pay_date: string;
  region_code: string;
  agency_code: string;
  econ_code: string;
  payee_name: string;
  payee_type: string;
  settle_method: string;
  amount: string;
}

export const yuan = z.number().nonnegative().max(1e15);
const PAYMENT_COLUMNS = `voucher_no, pay_date::text, region_code, agency_code, econ_code, payee_name, payee_type::text, settle_method::text, amount::text`;

/** Which payments a single-payment rule looks at, besides the amount. */
export type PaymentFilter = 'all' | 'cash' | 'individualOutsideWagesAndTransfers';

/** The constant SQL condition of each filter: callers name a filter and never pass SQL text. */
const FILTER_SQL: Record<PaymentFilter, string> = {
  all: 'TRUE',
  cash: `settle_method = 'cash'`,
  individualOutsideWagesAndTransfers: `payee_type = 'individual' AND econ_code NOT LIKE '301%' AND econ_code NOT LIKE '303%'`,
};

/** Payments up to the as-of date (within the window on an incremental run) in the regions in scope, with amount ≥ the lowest threshold in force. */
async function paymentsAtLeast(
  context: RuleContext<{ threshold: number }>,
  filter: PaymentFilter,
): Promise<PaymentRow[]> {
  const lowest = Math.min(...context.allParams().map((p) => p.threshold));
  const dates = inputDates(context, 0, 0);
  const result = await context.db.query<PaymentRow>(
    `SELECT ${PAYMENT_COLUMNS} FROM payments
     WHERE amount >= $1 AND pay_date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR region_code = ANY($4)) AND ${FILTER_SQL[filter]}
     ORDER BY pay_date, voucher_no`,
    [lowest, dates.from, dates.to, context.regions],
  );
  return result.rows;
}

/**
 * The single-payment rules' compute: the payments passing `filter` at or above the threshold in
 * force for their region, compared exactly, each one finding.
 */
export async function flagPayments(
  context: RuleContext<{ threshold: number }>,
  filter: PaymentFilter,
  severity: Finding['severity'],
  explain: (row: PaymentRow, threshold: number) => { zh: string; en: string },
): Promise<Finding[]> {
  const rows = await paymentsAtLeast(context, filter);
  return rows.flatMap((row) => {
    const { threshold } = context.paramsFor(row.region_code);
    return new Decimal(row.amount).gte(threshold)
      ? [paymentFinding(row, severity, threshold, explain(row, threshold))]
      : [];
  });
}

function paymentFinding(
  row: PaymentRow,
  severity: Finding['severity'],
  threshold: number,
  explanation: { zh: string; en: string },
): Finding {
  return {
    severity,
    regionCode: row.region_code,
    entityType: 'payment',
    entityKey: row.voucher_no,
    period: row.pay_date,
    value: row.amount,
    threshold: threshold.toFixed(2),
    evidence: {
      vouchers: [row.voucher_no],
      agencyCode: row.agency_code,
      payee: row.payee_name,
      econCode: row.econ_code,
    },
    explanation,
  };
}
