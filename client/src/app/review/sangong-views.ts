import { formatAmount } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { changeText, monthsText } from './review-format';
import { reviewText } from './review-translate';
import type { SangongTrend } from './review.types';

/** One 三公 item (economic code) in the year in scope against the year before. */
export interface SangongRow {
  code: string;
  name: string;
  lastYearBudget: string;
  lastYearPaid: string;
  budget: string;
  vsBudget: string;
}

/** The sentences over the chart: this year's budget against last year's, and what is spent so far. */
export function buildSangongLead(trend: SangongTrend, fiscalYear: number, lang: Lang): string[] {
  const year = trend.years.find((y) => y.fiscalYear === fiscalYear);
  if (!year) return [];
  const budget = formatAmount(year.budget, lang);
  const sentences = [
    year.budgetGrowth === null
      ? reviewText(lang, 'review.sangong.leadFirst', { year: fiscalYear, budget })
      : reviewText(lang, 'review.sangong.lead', {
          year: fiscalYear,
          budget,
          change: changeText(year.budgetGrowth, lang),
        }),
  ];
  if (year.throughMonth > 0 && year.paidRate !== null) {
    const params = { year: fiscalYear, paid: formatAmount(year.paid, lang), rate: formatPercent(year.paidRate) };
    sentences.push(
      year.throughMonth === 12
        ? reviewText(lang, 'review.sangong.spentYear', params)
        : reviewText(lang, 'review.sangong.spent', { ...params, months: monthsText(year.throughMonth, lang) }),
    );
  }
  return sentences;
}

/** The four items of the year in scope beside last year's budget and spending; empty without that year. */
export function buildSangongRows(trend: SangongTrend, fiscalYear: number, lang: Lang): SangongRow[] {
  const year = trend.years.find((y) => y.fiscalYear === fiscalYear);
  if (!year) return [];
  const lastYear = trend.years.find((y) => y.fiscalYear === fiscalYear - 1);
  return trend.codes.map((code) => {
    const current = year.byCode.find((c) => c.code === code.code);
    const before = lastYear?.byCode.find((c) => c.code === code.code);
    return {
      code: code.code,
      name: lang === 'en' ? code.nameEn : code.nameZh,
      lastYearBudget: formatAmount(before?.budget ?? '0', lang),
      lastYearPaid: formatAmount(before?.paid ?? '0', lang),
      budget: formatAmount(current?.budget ?? '0', lang),
      vsBudget: changeText(current?.budgetGrowth ?? null, lang),
    };
  });
}

/** Whether there is any 三公 budget or spending to draw. */
export function hasSangong(trend: SangongTrend): boolean {
  return trend.years.some((y) => /[1-9]/.test(y.budget) || /[1-9]/.test(y.paid));
}
