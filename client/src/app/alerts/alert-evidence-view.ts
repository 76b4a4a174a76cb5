import { amountUnitLabel, formatYuan } from '../shared/format/format-amount';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';
import { formatDecimal } from './alert-value';

/** How a known evidence key is printed. */
type EvidenceKind = 'text' | 'amount' | 'percent' | 'book';

/**
 * Evidence keys the rules write (server/src/detect/rules), with their label and how to print them,
 * in the order the drawer shows them. Keys not listed keep their own name.
 */
const EVIDENCE_KEYS: Readonly<Record<string, { labelKey: AlertsMessageKey; kind: EvidenceKind }>> = {
  vouchers: { labelKey: 'alerts.evidence.vouchers', kind: 'text' },
  lineIds: { labelKey: 'alerts.evidence.lineIds', kind: 'text' },
  bondCodes: { labelKey: 'alerts.evidence.bondCodes', kind: 'text' },
  dates: { labelKey: 'alerts.evidence.dates', kind: 'text' },
  periods: { labelKey: 'alerts.evidence.periods', kind: 'text' },
  rowNumbers: { labelKey: 'alerts.evidence.rowNumbers', kind: 'text' },
  agencyCode: { labelKey: 'alerts.evidence.agencyCode', kind: 'text' },
  regionCode: { labelKey: 'alerts.evidence.regionCode', kind: 'text' },
  enterpriseCode: { labelKey: 'alerts.evidence.enterpriseCode', kind: 'text' },
  projectCode: { labelKey: 'alerts.evidence.projectCode', kind: 'text' },
  lineId: { labelKey: 'alerts.evidence.lineId', kind: 'text' },
  docNo: { labelKey: 'alerts.evidence.docNo', kind: 'text' },
  payee: { labelKey: 'alerts.evidence.payee', kind: 'text' },
  econCode: { labelKey: 'alerts.evidence.econCode', kind: 'text' },
  funcCode: { labelKey: 'alerts.evidence.funcCode', kind: 'text' },
  book: { labelKey: 'alerts.evidence.book', kind: 'book' },
  fundType: { labelKey: 'alerts.evidence.fundType', kind: 'text' },
  fiscalYear: { labelKey: 'alerts.evidence.fiscalYear', kind: 'text' },
  year: { labelKey: 'alerts.evidence.year', kind: 'text' },
  period: { labelKey: 'alerts.evidence.period', kind: 'text' },
  asOf: { labelKey: 'alerts.evidence.asOf', kind: 'text' },
  from: { labelKey: 'alerts.evidence.from', kind: 'text' },
  to: { labelKey: 'alerts.evidence.to', kind: 'text' },
  issuedDate: { labelKey: 'alerts.evidence.issuedDate', kind: 'text' },
  restDay: { labelKey: 'alerts.evidence.restDay', kind: 'text' },
  amount: { labelKey: 'alerts.evidence.amount', kind: 'amount' },
  total: { labelKey: 'alerts.evidence.total', kind: 'amount' },
  count: { labelKey: 'alerts.evidence.count', kind: 'text' },
  daysApart: { labelKey: 'alerts.evidence.daysApart', kind: 'text' },
  idleDays: { labelKey: 'alerts.evidence.idleDays', kind: 'text' },
  currentBudget: { labelKey: 'alerts.evidence.currentBudget', kind: 'amount' },
  currentAmount: { labelKey: 'alerts.evidence.currentAmount', kind: 'amount' },
  netPaid: { labelKey: 'alerts.evidence.netPaid', kind: 'amount' },
  budget: { labelKey: 'alerts.evidence.budget', kind: 'amount' },
  actual: { labelKey: 'alerts.evidence.actual', kind: 'amount' },
  paid: { labelKey: 'alerts.evidence.paid', kind: 'amount' },
  balance: { labelKey: 'alerts.evidence.balance', kind: 'amount' },
  income: { labelKey: 'alerts.evidence.income', kind: 'amount' },
  expenditure: { labelKey: 'alerts.evidence.expenditure', kind: 'amount' },
  balanceEnd: { labelKey: 'alerts.evidence.balanceEnd', kind: 'amount' },
  averageMonthlyExpenditure: { labelKey: 'alerts.evidence.averageMonthlyExpenditure', kind: 'amount' },
  monthsAveraged: { labelKey: 'alerts.evidence.monthsAveraged', kind: 'text' },
  nonTaxRevenue: { labelKey: 'alerts.evidence.nonTaxRevenue', kind: 'amount' },
  generalRevenue: { labelKey: 'alerts.evidence.generalRevenue', kind: 'amount' },
  initialBudget: { labelKey: 'alerts.evidence.initialBudget', kind: 'amount' },
  changeAbsoluteTotal: { labelKey: 'alerts.evidence.changeAbsoluteTotal', kind: 'amount' },
  dividendsDue: { labelKey: 'alerts.evidence.dividendsDue', kind: 'amount' },
  dividendsPaid: { labelKey: 'alerts.evidence.dividendsPaid', kind: 'amount' },
  unpaid: { labelKey: 'alerts.evidence.unpaid', kind: 'amount' },
  totalAssets: { labelKey: 'alerts.evidence.totalAssets', kind: 'amount' },
  totalLiabilities: { labelKey: 'alerts.evidence.totalLiabilities', kind: 'amount' },
  stateCapital: { labelKey: 'alerts.evidence.stateCapital', kind: 'amount' },
  fiscalCapacity: { labelKey: 'alerts.evidence.fiscalCapacity', kind: 'amount' },
  interestPaid: { labelKey: 'alerts.evidence.interestPaid', kind: 'amount' },
  executionRate: { labelKey: 'alerts.evidence.executionRate', kind: 'percent' },
  timeProgress: { labelKey: 'alerts.evidence.timeProgress', kind: 'percent' },
};

const DECIMAL = /^-?\d+(\.\d+)?$/;
const BOOKS = new Set(['GPB', 'GFB', 'SCB', 'SIF']);

/** A list of codes (vouchers, budget lines, periods …), shown as tags. */
export interface EvidenceList {
  key: string;
  label: string;
  items: string[];
}

/** One payment of a cluster (PAY-SPLIT lists them with date and amount). */
export interface EvidencePayment {
  voucher: string;
  date: string;
  amount: string;
}

/** Any other item, as a line of the key/value table. */
export interface EvidenceFact {
  key: string;
  label: string;
  value: string;
}

export interface EvidenceView {
  lists: EvidenceList[];
  payments: EvidencePayment[];
  facts: EvidenceFact[];
  empty: boolean;
}

/**
 * The evidence an alert stores, made readable: arrays of codes as lists, a payments array as a
 * table, known keys labelled (money in exact yuan, rates in per cent, books by name), and everything
 * else as key/value lines with nested values flattened to text. Known keys first, in a fixed order.
 */
export function buildEvidenceView(evidence: Readonly<Record<string, unknown>>, lang: Lang): EvidenceView {
  const known = Object.keys(EVIDENCE_KEYS).filter((key) => key in evidence);
  const others = Object.keys(evidence).filter((key) => !(key in EVIDENCE_KEYS));
  const view: EvidenceView = { lists: [], payments: [], facts: [], empty: true };
  for (const key of [...known, ...others]) {
    const value = evidence[key];
    const label = evidenceLabel(key, lang);
    if (key === 'payments' && isPaymentList(value)) {
      view.payments = value.map((payment) => ({
        voucher: payment.voucher,
        date: payment.date,
        amount: formatYuan(String(payment.amount)),
      }));
    } else if (Array.isArray(value) && value.every(isScalar)) {
      view.lists.push({
        key,
        label,
        items: value.map((item) => printScalar(item, EVIDENCE_KEYS[key]?.kind ?? 'text', lang)),
      });
    } else {
      view.facts.push({ key, label, value: printValue(value, EVIDENCE_KEYS[key]?.kind ?? 'text', lang) });
    }
  }
  view.empty = view.lists.length === 0 && view.payments.length === 0 && view.facts.length === 0;
  return view;
}

export function evidenceLabel(key: string, lang: Lang): string {
  const known = EVIDENCE_KEYS[key];
  return known ? alertsText(lang, known.labelKey) : key;
}

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isPaymentList(value: unknown): value is { voucher: string; date: string; amount: string | number }[] {
  return (
    Array.isArray(value) &&
    value.every((item) => {
      if (typeof item !== 'object' || item === null) return false;
      const payment = item as Record<string, unknown>;
      return (
        typeof payment['voucher'] === 'string' &&
        typeof payment['date'] === 'string' &&
        DECIMAL.test(String(payment['amount']))
      );
    })
  );
}

function printScalar(value: Scalar, kind: EvidenceKind, lang: Lang): string {
  if (value === null) return NO_VALUE;
  const text = String(value);
  if (kind === 'amount' && DECIMAL.test(text)) {
    return lang === 'zh-CN'
      ? `${formatYuan(text)}${amountUnitLabel('yuan', lang)}`
      : `${formatYuan(text)} ${amountUnitLabel('yuan', lang)}`;
  }
  if (kind === 'percent' && DECIMAL.test(text)) return `${formatDecimal(text, 2)}%`;
  if (kind === 'book' && BOOKS.has(text)) return `${translate(lang, `book.${text}` as MessageKey)} ${text}`;
  return text;
}

/** Nested values become one line of text: "2024: -1234.00; 2025: -56.00", arrays of objects joined with "; ". */
function printValue(value: unknown, kind: EvidenceKind, lang: Lang): string {
  if (isScalar(value)) return printScalar(value, kind, lang);
  if (Array.isArray(value)) return value.map((item) => printValue(item, 'text', lang)).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${isScalar(item) ? printScalar(item, 'text', lang) : JSON.stringify(item)}`)
      .join(' · ');
  }
  // undefined, bigint, functions: nothing JSON evidence holds.
  return NO_VALUE;
}
