import { amountToNumber, formatAmount } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { REVIEW_COLORS, REVIEW_FONT_SIZE, type ReviewChartOption } from './review-chart-option';
import type { BooksReview } from './review.types';

/**
 * The four books' shares of this year's budget as a donut, the legend naming each book with the
 * exact share the server computed (not ECharts' own rounding). Books without a budget are left
 * out; null when no book has one.
 */
export function buildBookShareChartOptions(review: BooksReview, lang: Lang): ReviewChartOption | null {
  const slices = review.books
    .map((book, index) => ({ book, color: REVIEW_COLORS.books[index] ?? REVIEW_COLORS.budget }))
    .filter(({ book }) => amountToNumber(book.budget, 'yuan') > 0);
  if (slices.length === 0) return null;
  const labels = new Map(
    slices.map(({ book }) => [
      translate(lang, `book.${book.book}`),
      { share: formatPercent(book.share), amount: formatAmount(book.budget, lang) },
    ]),
  );
  return {
    animation: false,
    textStyle: { fontSize: REVIEW_FONT_SIZE },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { name } = params as { name: string };
        const label = labels.get(name);
        return label ? `${name}<br/>${label.amount} · ${label.share}` : name;
      },
    },
    // Names and shares in the legend, where small slices cannot crowd each other out.
    legend: {
      bottom: 0,
      itemGap: 16,
      textStyle: { fontSize: REVIEW_FONT_SIZE },
      formatter: (name: string) => `${name}  ${labels.get(name)?.share ?? ''}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['32%', '56%'],
        center: ['50%', '36%'],
        label: { show: false },
        data: slices.map(({ book, color }) => ({
          name: translate(lang, `book.${book.book}`),
          value: amountToNumber(book.budget, 'wan'),
          itemStyle: { color },
        })),
      },
    ],
  };
}
