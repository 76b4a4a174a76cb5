import { formatAmount } from '../shared/format/format-amount';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { formatGrowth, formatPoints } from './revenue-format';
import { revenueText } from './revenue-translate';
import type { RevenueBook, RevenueSummary } from './revenue.types';

/** Where a book's collection stands against time progress: flagged behind (REV-PACE), behind, ahead, even, or no budget. */
export type RevenuePace = 'flagged' | 'behind' | 'ahead' | 'even' | 'unknown';

/** Everything a book card shows, formatted. */
export interface BookCardView {
  book: RevenueBook;
  name: string;
  actual: string;
  budget: string;
  rate: string;
  /** Bar fill, 0–100; null without a budget. */
  ratePercent: number | null;
  /** The time progress tick, 0–100; null without a month loaded. */
  timeProgressPercent: number | null;
  pace: RevenuePace;
  paceText: string;
  growth: string;
  growthDown: boolean;
  selected: boolean;
}

const clamp = (value: number | null) => (value === null ? null : Math.min(100, Math.max(0, value)));

/** The four books' collections, amounts in 元/万元/亿元 by magnitude. */
export function buildBookCardViews(summary: RevenueSummary, selected: RevenueBook, lang: Lang): BookCardView[] {
  return summary.books.map((book) => {
    const points = formatPoints(book.paceGap);
    const pace: RevenuePace =
      book.paceGap === null
        ? 'unknown'
        : book.behindPace
          ? 'flagged'
          : points.startsWith('-')
            ? 'ahead'
            : /[1-9]/.test(points)
              ? 'behind'
              : 'even';
    const paceText = {
      flagged: () => revenueText(lang, 'revenue.card.behind', { points }),
      behind: () => revenueText(lang, 'revenue.card.behind', { points }),
      ahead: () => revenueText(lang, 'revenue.card.ahead', { points: points.slice(1) }),
      even: () => revenueText(lang, 'revenue.card.even'),
      unknown: () => (/[1-9]/.test(book.budget) ? '' : revenueText(lang, 'revenue.card.noBudget')),
    }[pace]();
    return {
      book: book.book,
      name: translate(lang, `book.${book.book}`),
      actual: formatAmount(book.actual, lang),
      budget: formatAmount(book.budget, lang),
      rate: formatPercent(book.rate),
      ratePercent: clamp(ratioToPercentNumber(book.rate)),
      timeProgressPercent: clamp(ratioToPercentNumber(summary.timeProgress)),
      pace,
      paceText,
      growth:
        book.lastYearActual === null
          ? revenueText(lang, 'revenue.card.noLastYear')
          : revenueText(lang, 'revenue.card.growth', { value: formatGrowth(book.growth) }),
      growthDown: book.growth?.startsWith('-') ?? false,
      selected: book.book === selected,
    };
  });
}
