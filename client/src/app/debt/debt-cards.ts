import { formatAmount } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { debtText } from './debt-translate';
import type { DebtPositions, RatioKey } from './debt.types';
import { linesText } from './lines-text';
import { percentText } from '../shared/format/percent-text';
import type { SeverityLevel } from '../shared/charts/severity-style';
import { severityStatus, type StatusTag } from './severity-status';

/** The order of the ratio cards: the national headline first. */
export const RATIO_KEYS: readonly RatioKey[] = ['debtRatio', 'serviceRatio', 'interestRatio', 'overdueRatio'];

export interface RatioCardView {
  key: RatioKey;
  title: string;
  formula: string;
  /** "107.77%", truncated; "—" without a ratio. */
  value: string;
  severity: SeverityLevel | null;
  status: StatusTag;
  /** "预警线：橙 ≥ 100% · 红 ≥ 120%". */
  lines: string;
  ruleCode: string;
}

export interface BalanceCardView {
  value: string;
  detail: string;
  /** "债务限额 …，使用 …" or "未接入债务限额". */
  limit: string;
  /** Regions of the subtree whose balance of either type is over its limit. */
  overLimit: number;
  status: StatusTag;
}

/** The subtree's debt balance against its limits, and whether any region is over its own. */
export function buildBalanceCard(positions: DebtPositions, lang: Lang): BalanceCardView {
  const { total } = positions;
  const amount = (value: string) => formatAmount(value, lang);
  const overLimit = positions.regions.filter((row) => row.general.overLimit || row.special.overLimit).length;
  return {
    value: amount(total.balance),
    detail: debtText(lang, 'debt.card.balanceDetail', {
      general: amount(total.general.balance),
      special: amount(total.special.balance),
    }),
    limit:
      total.limit === null
        ? debtText(lang, 'debt.card.noLimit')
        : debtText(lang, 'debt.card.limit', {
            limit: amount(total.limit),
            usage: percentText(usage(total.balance, total.limit), 'down', 1),
          }),
    overLimit,
    status:
      overLimit > 0
        ? { label: debtText(lang, 'debt.card.overLimit', { count: overLimit }), color: 'red' }
        : { label: debtText(lang, 'debt.card.withinLimit'), color: 'success' },
  };
}

/** balance / limit as ratio text with 6 decimals, truncated; null for a zero limit. Digits only, never a float. */
export function usage(balance: string, limit: string): string | null {
  const cents = (text: string) => {
    const [integer = '0', fraction = ''] = text.split('.');
    return BigInt(integer + fraction.padEnd(2, '0'));
  };
  const divisor = cents(limit);
  if (divisor === 0n) return null;
  const scaled = (cents(balance) * 1_000_000n) / divisor;
  const digits = scaled.toString().padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

/** The four ratio cards of the subtree's total, each against its rule's lines. */
export function buildRatioCards(positions: DebtPositions, lang: Lang): RatioCardView[] {
  return RATIO_KEYS.map((key) => {
    const indicator = positions.total[key];
    return {
      key,
      title: debtText(lang, `debt.ratio.${key}`),
      formula: debtText(lang, `debt.ratio.${key}.formula`),
      value: percentText(indicator.value, 'down'),
      severity: indicator.severity,
      status: severityStatus(indicator, lang),
      lines: linesText(positions.lines[key].lines, lang),
      ruleCode: positions.lines[key].ruleCode,
    };
  });
}
