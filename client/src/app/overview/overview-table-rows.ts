import type { Book, Overview } from '../shared/api/api.types';
import { formatYuan } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';

/** One row of the figures table: exact yuan with two decimals, rates with two. */
export interface OverviewTableRow {
  book: Book;
  name: string;
  budget: string;
  executed: string;
  executionRate: string;
  revenueBudget: string;
  revenueActual: string;
  revenueRate: string;
}

export function buildOverviewTableRows(overview: Overview, lang: Lang): OverviewTableRow[] {
  return overview.books.map((book) => ({
    book: book.book,
    name: translate(lang, `book.${book.book}`),
    budget: formatYuan(book.budget),
    executed: formatYuan(book.executed),
    executionRate: formatPercent(book.executionRate, 2),
    revenueBudget: formatYuan(book.revenueBudget),
    revenueActual: formatYuan(book.revenueActual),
    revenueRate: formatPercent(book.revenueRate, 2),
  }));
}
