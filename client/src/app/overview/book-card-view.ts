import type { Book, Overview } from '../shared/api/api.types';
import { formatAmount } from '../shared/format/format-amount';
import { formatPercent, percentagePointGap, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';

/** Where a book's execution stands against time progress. */
export type PaceStatus = 'behind' | 'ahead' | 'even' | 'unknown';

/** Everything a book card shows, already formatted. */
export interface BookCardView {
  book: Book;
  name: string;
  budget: string;
  executed: string;
  executionRate: string;
  /** Bar fill in percent, capped to 0–100; null when there is no budget. */
  executionPercent: number | null;
  /** Marker position in percent, capped to 0–100; null without an as-of date. */
  timeProgressPercent: number | null;
  pace: PaceStatus;
  paceText: string;
  revenueActual: string;
  revenueBudget: string;
  revenueRate: string;
}

const clampPercent = (value: number | null): number | null => (value === null ? null : Math.min(100, Math.max(0, value)));

/** Amounts in 元/万元/亿元 by magnitude, rates with one decimal, pace in percentage points. */
export function buildBookCardViews(overview: Overview, lang: Lang): BookCardView[] {
  return overview.books.map((book) => {
    const gap = percentagePointGap(book.executionRate, overview.timeProgress);
    const pace: PaceStatus = gap === null ? 'unknown' : gap.startsWith('-') ? 'behind' : /[1-9]/.test(gap) ? 'ahead' : 'even';
    const paceText = {
      behind: () => translate(lang, 'overview.gapBehind', { points: gap?.slice(1) ?? '' }),
      ahead: () => translate(lang, 'overview.gapAhead', { points: gap ?? '' }),
      even: () => translate(lang, 'overview.gapEven'),
      unknown: () => (book.executionRate === null ? translate(lang, 'overview.noBudget') : ''),
    }[pace]();
    return {
      book: book.book,
      name: translate(lang, `book.${book.book}`),
      budget: formatAmount(book.budget, lang),
      executed: formatAmount(book.executed, lang),
      executionRate: formatPercent(book.executionRate),
      executionPercent: clampPercent(ratioToPercentNumber(book.executionRate)),
      timeProgressPercent: clampPercent(ratioToPercentNumber(overview.timeProgress)),
      pace,
      paceText,
      revenueActual: formatAmount(book.revenueActual, lang),
      revenueBudget: formatAmount(book.revenueBudget, lang),
      revenueRate: formatPercent(book.revenueRate),
    };
  });
}
