import { formatAmount, formatYuan } from '../shared/format/format-amount';
import { formatCount } from '../shared/format/format-count';
import { formatDate } from '../shared/format/format-date';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import type { ExecutionMessageKey } from './execution-messages.zh-cn';
import { executionText } from './execution-translate';
import type { PaymentPage, PaymentRow } from './execution.types';

/** One payment of the list, every value ready to print. */
export interface PaymentRowView {
  voucherNo: string;
  date: string;
  payee: string;
  payeeType: string;
  payMethod: string;
  /** Exact yuan ("23,800.00"): a payment is checked against its voucher to the fen. */
  amount: string;
  negative: boolean;
  funcCode: string;
  econCode: string;
  lineId: string;
  purpose: string;
}

const PAYEE_TYPES: Record<string, ExecutionMessageKey> = {
  unit: 'execution.payeeType.unit',
  individual: 'execution.payeeType.individual',
};
const PAY_METHODS: Record<string, ExecutionMessageKey> = {
  direct: 'execution.payMethod.direct',
  authorized: 'execution.payMethod.authorized',
};

/** A code the page has no label for is shown as sent rather than hidden. */
const label = (labels: Record<string, ExecutionMessageKey>, value: string, lang: Lang) => {
  const key = labels[value];
  return key ? executionText(lang, key) : value;
};

export function buildPaymentRow(payment: PaymentRow, lang: Lang): PaymentRowView {
  return {
    voucherNo: payment.voucherNo,
    date: formatDate(payment.payDate, lang),
    payee: payment.payeeName,
    payeeType: label(PAYEE_TYPES, payment.payeeType, lang),
    payMethod: label(PAY_METHODS, payment.payMethod, lang),
    amount: formatYuan(payment.amount),
    negative: payment.amount.startsWith('-'),
    funcCode: payment.funcCode,
    econCode: payment.econCode,
    lineId: payment.lineId ?? executionText(lang, 'execution.payments.noLine'),
    purpose: payment.purpose ?? NO_VALUE,
  };
}

export function buildPaymentRows(page: PaymentPage, lang: Lang): PaymentRowView[] {
  return page.rows.map((payment) => buildPaymentRow(payment, lang));
}

/** "共 1,234 笔，合计 5,678.90万元": every matching payment, not just the page. */
export function paymentTotalText(page: PaymentPage, lang: Lang): string {
  return executionText(lang, 'execution.payments.total', {
    count: formatCount(page.total, lang),
    amount: formatAmount(page.totalAmount, lang),
  });
}
