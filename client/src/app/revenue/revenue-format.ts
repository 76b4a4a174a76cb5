import { NO_VALUE, formatPercent } from '../shared/format/format-percent';
import { monthLabel } from '../shared/format/month-label';
import type { Lang } from '../shared/i18n/lang';
import { revenueText } from './revenue-translate';

/** The last month measured: "2026年10月" / "Oct 2026"; "尚无数据" for month 0. */
export function throughText(fiscalYear: number, month: number, lang: Lang): string {
  if (month === 0) return revenueText(lang, 'revenue.throughNone');
  return revenueText(lang, 'revenue.throughValue', { year: fiscalYear, month: monthLabel(month, lang) });
}

/** A ratio difference in percentage points with one decimal ("0.1234" → "12.3"); null → "—". */
export function formatPoints(ratio: string | null): string {
  return ratio === null ? NO_VALUE : formatPercent(ratio).slice(0, -1);
}

/** A warning line in percent without needless decimals ("0.3" → "30%", "0.1059" → "10.59%"). */
export function formatLinePercent(ratio: string): string {
  return formatPercent(ratio, 2).replace(/\.?0+%$/, '%');
}

/** A warning line in percentage points ("0.1" → "10"). */
export function formatLinePoints(ratio: string): string {
  return formatLinePercent(ratio).slice(0, -1);
}

/** Growth on last year with its sign ("+17.3%", "-2.3%", "0.0%"); null → "—". */
export function formatGrowth(ratio: string | null): string {
  if (ratio === null) return NO_VALUE;
  const text = formatPercent(ratio);
  return text.startsWith('-') || !/[1-9]/.test(text) ? text : `+${text}`;
}

