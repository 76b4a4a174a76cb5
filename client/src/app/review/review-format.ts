import { pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import { integerDigitCount } from '../shared/format/decimal';
import { formatPercent } from '../shared/format/format-percent';
import { monthLabel } from '../shared/format/month-label';
import type { Lang } from '../shared/i18n/lang';
import { reviewText } from './review-translate';


/**
 * A growth ratio in words: "增长13.0%" / "up 13.0%", "减少20.0%" / "down 20.0%", "持平" when it
 * rounds to zero, and "上年没有可比数" where there is nothing to compare with (null).
 */
export function changeText(growth: string | null, lang: Lang): string {
  if (growth === null) return reviewText(lang, 'review.change.none');
  const negative = growth.startsWith('-');
  const value = formatPercent(negative ? growth.slice(1) : growth);
  if (!/[1-9]/.test(value)) return reviewText(lang, 'review.change.even');
  return reviewText(lang, negative ? 'review.change.down' : 'review.change.up', { value });
}

/** January through a month: "1–6月" / "Jan–Jun"; "1月" / "January" for January alone. */
export function monthsText(month: number, lang: Lang): string {
  if (month <= 1) return reviewText(lang, 'review.monthsOne');
  return reviewText(lang, 'review.months', { month: lang === 'en' ? monthLabel(month, lang) : month });
}

/** An SOE report period: '2025' → "2025年度财务数据", '2026-Q1' → "2026年第1季度财务数据". */
export function soePeriodText(period: string, lang: Lang): string {
  const year = period.slice(0, 4);
  const quarter = /-Q(\d)$/.exec(period)?.[1];
  return quarter
    ? reviewText(lang, 'review.soe.quarter', { year, quarter })
    : reviewText(lang, 'review.soe.annual', { year });
}

/** The unit of a chart's amount axis: the one its largest amount reads best in (亿元 from 1 亿). */
export function chartUnit(amounts: readonly string[]): AmountUnit {
  const largest = amounts.reduce<string>(
    (best, amount) => (integerDigitCount(amount) > integerDigitCount(best) ? amount : best),
    '0',
  );
  return pickAmountUnit(largest);
}

/** 'YYYY-MM' → "2026年3月" / "Mar 2026". */
export function monthPeriodText(period: string, lang: Lang): string {
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7));
  return lang === 'en' ? `${monthLabel(month, lang)} ${year}` : `${year}年${month}月`;
}
