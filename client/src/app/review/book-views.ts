import { formatAmount } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { changeText, monthsText } from './review-format';
import { reviewText } from './review-translate';
import type { BookReview, BooksReview } from './review.types';

/** One row of the books table, formatted: amounts in 万元/亿元 with their unit, changes in words. */
export interface BookRow {
  key: string;
  name: string;
  budget: string;
  share: string;
  lastYearBudget: string;
  vsBudget: string;
  lastYearExecuted: string;
  vsExecuted: string;
  revenueBudget: string;
  lastYearRevenue: string;
  revenueGrowth: string;
}

function rowOf(key: string, name: string, figures: Omit<BookReview, 'book'>, lang: Lang): BookRow {
  return {
    key,
    name,
    budget: formatAmount(figures.budget, lang),
    share: formatPercent(figures.share),
    lastYearBudget: formatAmount(figures.lastYearBudget, lang),
    vsBudget: changeText(figures.growthOnBudget, lang),
    lastYearExecuted: formatAmount(figures.lastYearExecuted, lang),
    vsExecuted: changeText(figures.growthOnExecuted, lang),
    revenueBudget: formatAmount(figures.revenueBudget, lang),
    lastYearRevenue: formatAmount(figures.lastYearRevenue, lang),
    revenueGrowth: changeText(figures.revenueGrowth, lang),
  };
}

/** The four books, then their total. */
export function buildBookRows(review: BooksReview, lang: Lang): BookRow[] {
  return [
    ...review.books.map((book) => rowOf(book.book, translate(lang, `book.${book.book}`), book, lang)),
    rowOf('total', reviewText(lang, 'review.col.total'), review.total, lang),
  ];
}

/** What the section says first, in plain words: the total, its growth, the largest book, and how far last year is counted. */
export function buildBooksLead(review: BooksReview, lang: Lang): string[] {
  const { total, fiscalYear } = review;
  const sentences = [
    reviewText(lang, 'review.books.lead', {
      year: fiscalYear,
      total: formatAmount(total.budget, lang),
      vsBudget: changeText(total.growthOnBudget, lang),
      vsExecuted: changeText(total.growthOnExecuted, lang),
    }),
  ];
  const largest = [...review.books].sort((a, b) => Number(b.share ?? -1) - Number(a.share ?? -1))[0];
  if (largest?.share) {
    sentences.push(
      reviewText(lang, 'review.books.largest', {
        book: translate(lang, `book.${largest.book}`),
        share: formatPercent(largest.share),
      }),
    );
  }
  return sentences;
}

/** The warning that last year's spending is not a whole year, or null when it is (or none is loaded). */
export function lastYearPartialNote(throughMonth: number, fiscalYear: number, lang: Lang): string | null {
  return throughMonth > 0 && throughMonth < 12
    ? reviewText(lang, 'review.lastYearPartial', { year: fiscalYear - 1, months: monthsText(throughMonth, lang) })
    : null;
}

/** Whether the scope has anything to review: a budget this year or last year. */
export function hasReviewData(review: BooksReview): boolean {
  return [review.total.budget, review.total.lastYearBudget].some((amount) => /[1-9]/.test(amount));
}
