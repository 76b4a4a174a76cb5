import { formatChartNumber } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { REVIEW_COLORS, reviewBarFrame, type ReviewChartOption } from './review-chart-option';
import { chartUnit } from './review-format';
import { reviewText } from './review-translate';
import type { BooksReview } from './review.types';

/**
 * Each book's budget this year beside last year's budget and last year's actual spending, as
 * grouped bars in one unit (万元 or 亿元, by the largest figure); this year's bars carry their value.
 */
export function buildBookScaleChartOptions(review: BooksReview, lang: Lang): ReviewChartOption {
  const { books, fiscalYear } = review;
  const unit = chartUnit(books.flatMap((b) => [b.budget, b.lastYearBudget, b.lastYearExecuted]));
  const unitLabel = amountUnitLabel(unit, lang);
  const series = (name: string, color: string, amounts: string[], labelled = false) => ({
    type: 'bar' as const,
    name,
    color,
    data: amounts.map((amount) => amountToNumber(amount, unit)),
    barMaxWidth: 36,
    label: labelled
      ? {
          show: true,
          position: 'top' as const,
          fontSize: 12,
          formatter: ({ value }: { value: unknown }) => formatChartNumber(Number(value)),
        }
      : undefined,
  });
  return {
    ...reviewBarFrame(unitLabel, { right: 16, top: 64 }),
    xAxis: {
      type: 'category',
      data: books.map((b) => translate(lang, `book.${b.book}`)),
      axisLabel: {
        interval: 0,
        width: 100,
        overflow: 'break',
        color: REVIEW_COLORS.axisText,
        fontSize: 12,
        // Four names side by side on a tablet: Chinese ones break before 预算 rather than run together.
        formatter: (name: string) => (lang === 'zh-CN' ? name.replace(/预算$/, '\n预算') : name),
      },
    },
    yAxis: {
      type: 'value',
      name: translate(lang, 'chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
      axisLabel: { color: REVIEW_COLORS.axisText },
    },
    series: [
      series(
        reviewText(lang, 'review.series.budget', { year: fiscalYear - 1 }),
        REVIEW_COLORS.lastYearBudget,
        books.map((b) => b.lastYearBudget),
      ),
      series(
        reviewText(lang, 'review.series.executed', { year: fiscalYear - 1 }),
        REVIEW_COLORS.lastYearExecuted,
        books.map((b) => b.lastYearExecuted),
      ),
      series(
        reviewText(lang, 'review.series.budget', { year: fiscalYear }),
        REVIEW_COLORS.budget,
        books.map((b) => b.budget),
        true,
      ),
    ],
  };
}
