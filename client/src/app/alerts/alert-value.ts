import { fixedDecimalToString, toFixedDecimal } from '../shared/format/decimal';
import { formatAmount } from '../shared/format/format-amount';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { alertsText } from './alerts-translate';

/**
 * What an alert's value and threshold measure. The server sends both as bare decimal text; the unit
 * follows from the rule (shared/RULES.md and each rule's file). Ratios arrive already in per cent
 * (45.12 means 45.12 %), gaps to time progress in percentage points.
 */
export type AlertValueKind =
  'amount' | 'percent' | 'points' | 'days' | 'months' | 'years' | 'count' | 'statistic' | 'number';

/** Per rule; a rule not listed (added on the server since) shows plain numbers. */
export const RULE_VALUE_KINDS: Readonly<Record<string, AlertValueKind>> = {
  'EXE-LAG': 'points',
  'EXE-SURGE': 'percent',
  'EXE-OVER': 'amount',
  'EXE-NOBUDGET': 'amount',
  'EXE-SANGONG': 'amount',
  'EXE-IDLE': 'days',
  // Either the share of the initial budget or the number of lines, whichever tripped.
  'EXE-ADJUST': 'number',
  'PAY-LARGE': 'amount',
  'PAY-INDIV': 'amount',
  'PAY-CASH': 'amount',
  'PAY-SPLIT': 'amount',
  'PAY-DUP': 'amount',
  'PAY-HOLIDAY': 'amount',
  'PAY-BENFORD': 'statistic',
  'REV-OUTTURN': 'percent',
  'REV-PACE': 'points',
  'REV-NONTAX': 'percent',
  'REV-DECLINE': 'percent',
  'DEBT-OVERLIMIT': 'amount',
  'DEBT-RATIO': 'percent',
  'DEBT-SERVICE': 'percent',
  'DEBT-INTEREST': 'percent',
  'DEBT-OVERDUE': 'percent',
  'DEBT-IDLE': 'percent',
  'SOE-LEVERAGE': 'percent',
  'SOE-LOSS': 'years',
  'SOE-PRESERVE': 'percent',
  'SOE-DIVIDEND': 'percent',
  'SIF-DEFICIT': 'amount',
  'SIF-MONTHS': 'months',
  'BUD-PI1': 'percent',
  'BUD-PI2': 'percent',
  'BUD-RESERVE': 'percent',
  'DQ-CODE': 'count',
  'DQ-STALE': 'days',
};

export function alertValueKind(ruleCode: string): AlertValueKind {
  return RULE_VALUE_KINDS[ruleCode] ?? 'number';
}

/** Rounded exactly (half away from zero) to at most `digits` fraction digits, trailing zeros dropped, grouped. */
export function formatDecimal(value: string, digits: number): string {
  const fixed = toFixedDecimal(value, digits);
  return fixedDecimalToString({ ...fixed, fraction: fixed.fraction.replace(/0+$/, '') });
}

/**
 * A value or threshold ready to print: money in 元/万元/亿元 (shared formatting, exact), per cent
 * with up to two decimals, points, days, months and years with their unit; null → "—".
 */
export function formatAlertValue(value: string | null, kind: AlertValueKind, lang: Lang): string {
  if (value === null) return NO_VALUE;
  switch (kind) {
    case 'amount':
      return formatAmount(value, lang);
    case 'percent':
      return `${formatDecimal(value, 2)}%`;
    case 'points':
      return alertsText(lang, 'alerts.unit.points', { value: formatDecimal(value, 2) });
    case 'days':
      return alertsText(lang, 'alerts.unit.days', { value: formatDecimal(value, 0) });
    case 'months':
      return alertsText(lang, 'alerts.unit.months', { value: formatDecimal(value, 2) });
    case 'years':
      return alertsText(lang, 'alerts.unit.years', { value: formatDecimal(value, 0) });
    case 'count':
      return formatDecimal(value, 0);
    case 'statistic':
      return formatDecimal(value, 4);
    case 'number':
      return formatDecimal(value, 2);
  }
}
