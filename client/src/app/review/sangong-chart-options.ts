import { formatChartNumber } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { REVIEW_COLORS, REVIEW_FONT_SIZE, reviewBarFrame, type ReviewChartOption } from './review-chart-option';
import { chartUnit, monthsText } from './review-format';
import { reviewText } from './review-translate';
import type { SangongTrend } from './review.types';

/** A year on the axis: "2025年", or "2026年（1–11月）" while its payments are not complete. */
export function sangongYearLabel(fiscalYear: number, throughMonth: number, lang: Lang): string {
  return throughMonth > 0 && throughMonth < 12
    ? reviewText(lang, 'review.sangong.yearPartial', { year: fiscalYear, months: monthsText(throughMonth, lang) })
    : reviewText(lang, 'review.sangong.year', { year: fiscalYear });
}

/** 三公经费 year by year: budget and actual spending side by side, each bar with its value. */
export function buildSangongChartOptions(trend: SangongTrend, lang: Lang): ReviewChartOption {
  const unit = chartUnit(trend.years.flatMap((y) => [y.budget, y.paid]));
  const unitLabel = amountUnitLabel(unit, lang);
  const label = {
    show: true,
    position: 'top' as const,
    fontSize: 12,
    formatter: ({ value }: { value: unknown }) => formatChartNumber(Number(value)),
  };
  return {
    ...reviewBarFrame(unitLabel, { right: 16, top: 64 }),
    xAxis: {
      type: 'category',
      data: trend.years.map((y) => sangongYearLabel(y.fiscalYear, y.throughMonth, lang)),
      axisLabel: { interval: 0, color: REVIEW_COLORS.axisText, fontSize: REVIEW_FONT_SIZE },
    },
    yAxis: {
      type: 'value',
      name: translate(lang, 'chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
      axisLabel: { color: REVIEW_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: reviewText(lang, 'review.col.budget'),
        color: REVIEW_COLORS.budget,
        data: trend.years.map((y) => amountToNumber(y.budget, unit)),
        barMaxWidth: 48,
        label,
      },
      {
        type: 'bar',
        name: reviewText(lang, 'review.col.paid'),
        color: REVIEW_COLORS.paid,
        data: trend.years.map((y) => amountToNumber(y.paid, unit)),
        barMaxWidth: 48,
        label,
      },
    ],
  };
}
