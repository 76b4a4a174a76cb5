import Decimal from 'decimal.js';
import { z } from 'zod';
import type { Finding, RuleContext, RuleDescriptor } from '../rule-descriptor';

interface PaymentRow {
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

const yuan = z.number().nonnegative().max(1e15);
const PAYMENT_COLUMNS = `voucher_no, pay_date::text, region_code, agency_code, econ_code, payee_name, payee_type::text, settle_method::text, amount::text`;

/** Payments up to the as-of date in the regions in scope, with amount ≥ the lowest threshold in force. */
async function paymentsAtLeast(context: RuleContext<{ threshold: number }>, where: string): Promise<PaymentRow[]> {
  const lowest = Math.min(...context.allParams().map((p) => p.threshold));
  const result = await context.db.query<PaymentRow>(
    `SELECT ${PAYMENT_COLUMNS} FROM payments
     WHERE amount >= $1 AND pay_date <= $2 AND ($3::text[] IS NULL OR region_code = ANY($3)) AND ${where}
     ORDER BY pay_date, voucher_no`,
    [lowest, context.asOf, context.regions],
  );
  return result.rows;
}

/** 1234567.5 → "1,234,567.50", exactly (no float). */
export function yuanText(amount: string | number): string {
  const [integer = '0', fraction = '00'] = new Decimal(amount).toFixed(2).split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  return `${sign}${integer.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

function paymentFinding(row: PaymentRow, severity: Finding['severity'], threshold: number, zh: string, en: string): Finding {
  return {
    severity,
    regionCode: row.region_code,
    entityType: 'payment',
    entityKey: row.voucher_no,
    period: row.pay_date,
    value: row.amount,
    threshold: threshold.toFixed(2),
    evidence: { vouchers: [row.voucher_no], agencyCode: row.agency_code, payee: row.payee_name, econCode: row.econ_code },
    explanation: { zh, en },
  };
}

export const payLarge: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-LARGE',
  version: 1,
  nameZh: '大额支付',
  nameEn: 'Large payment',
  category: 'payments',
  entityType: 'payment',
  description: { zh: '单笔支付金额达到或超过大额标准', en: 'A single payment at or above the large-payment threshold' },
  basis: 'RULES.md default (5,000,000 yuan); committees commonly review single payments of this size',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 5_000_000 },
  async compute(context) {
    const rows = await paymentsAtLeast(context, 'TRUE');
    return rows
      .filter((row) => new Decimal(row.amount).gte(context.paramsFor(row.region_code).threshold))
      .map((row) => {
        const { threshold } = context.paramsFor(row.region_code);
        return paymentFinding(
          row,
          'yellow',
          threshold,
          `凭证${row.voucher_no}单笔支付${yuanText(row.amount)}元，达到大额标准${yuanText(String(threshold))}元`,
          `voucher ${row.voucher_no} pays ${row.amount} yuan at once, at or above the large-payment threshold of ${threshold} yuan`,
        );
      });
  },
};

export const payCash: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-CASH',
  version: 1,
  nameZh: '大额现金支付',
  nameEn: 'Large cash payment',
  category: 'payments',
  entityType: 'payment',
  description: { zh: '以现金结算且金额达到限额的支付', en: 'A payment settled in cash at or above the cash limit' },
  basis: '现金管理暂行条例 (cash management rules); RULES.md default 20,000 yuan',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 20_000 },
  async compute(context) {
    const rows = await paymentsAtLeast(context, `settle_method = 'cash'`);
    return rows
      .filter((row) => new Decimal(row.amount).gte(context.paramsFor(row.region_code).threshold))
      .map((row) => {
        const { threshold } = context.paramsFor(row.region_code);
        return paymentFinding(
          row,
          'orange',
          threshold,
          `凭证${row.voucher_no}以现金支付${yuanText(row.amount)}元，达到现金限额${yuanText(String(threshold))}元`,
          `voucher ${row.voucher_no} pays ${row.amount} yuan in cash, at or above the cash limit of ${threshold} yuan`,
        );
      });
  },
};

export const payIndividual: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-INDIV',
  version: 1,
  nameZh: '向个人大额支付',
  nameEn: 'Large payment to an individual',
  category: 'payments',
  entityType: 'payment',
  description: {
    zh: '向个人支付金额达到标准，且经济分类不属于工资福利（301）或对个人和家庭的补助（303）',
    en: 'A payment to an individual at or above the threshold, outside wages (301) and transfers to households (303)',
  },
  basis: 'RULES.md default (50,000 yuan)',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 50_000 },
  async compute(context) {
    const rows = await paymentsAtLeast(context, `payee_type = 'individual' AND econ_code NOT LIKE '301%' AND econ_code NOT LIKE '303%'`);
    return rows
      .filter((row) => new Decimal(row.amount).gte(context.paramsFor(row.region_code).threshold))
      .map((row) => {
        const { threshold } = context.paramsFor(row.region_code);
        return paymentFinding(
          row,
          'orange',
          threshold,
          `凭证${row.voucher_no}向个人“${row.payee_name}”支付${yuanText(row.amount)}元（经济分类${row.econ_code}），达到${yuanText(String(threshold))}元`,
          `voucher ${row.voucher_no} pays ${row.amount} yuan to an individual (econ code ${row.econ_code}), at or above ${threshold} yuan`,
        );
      });
  },
};
