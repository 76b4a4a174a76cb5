import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { REVIEW_COLORS, REVIEW_FONT_SIZE, reviewBarFrame, type ReviewChartOption } from './review-chart-option';
import { chartUnit } from './review-format';
import { reviewText } from './review-translate';
import type { FunctionsReview } from './review.types';

/** Pixels a class takes on screen (room to read on a tablet) and on paper (the chart fits one A4 page). */
export const FUNCTION_ROW_HEIGHT = { screen: 44, paper: 30 } as const;

/** The chart's height for a number of classes: two bars a class, room for the legend and the axis. */
export function functionClassChartHeight(classes: number, medium: keyof typeof FUNCTION_ROW_HEIGHT = 'screen'): number {
  return Math.max(240, 72 + classes * FUNCTION_ROW_HEIGHT[medium]);
}

/** A class's change in one short label: "+21.5%", "−11.1%", "新增" / "new" without last year's spending. */
export function growthLabel(growth: string | null, lang: Lang): string {
  if (growth === null) return lang === 'en' ? 'new' : '新增';
  const negative = growth.startsWith('-');
  return `${negative ? '−' : '+'}${formatPercent(negative ? growth.slice(1) : growth)}`;
}

/**
 * Each function class (类) as a pair of horizontal bars, largest budget on top: last year's actual
 * spending and this year's budget, the latter labelled with its change on last year's spending.
 */
export function buildFunctionClassChartOptions(
  review: FunctionsReview,
  fiscalYear: number,
  lang: Lang,
): ReviewChartOption {
  // ECharts draws the first category at the bottom: reversed, the largest budget comes first.
  const classes = [...review.classes].reverse();
  const unit = chartUnit(classes.flatMap((c) => [c.budget, c.lastYearExecuted]));
  const unitLabel = amountUnitLabel(unit, lang);
  const labels = classes.map((c) => growthLabel(c.growthOnExecuted, lang));
  return {
    ...reviewBarFrame(unitLabel, { right: 72, top: 40 }),
    xAxis: {
      type: 'value',
      name: translate(lang, 'chart.amountAxis', { unit: unitLabel }),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: REVIEW_COLORS.axisText },
    },
    yAxis: {
      type: 'category',
      data: classes.map((c) => (lang === 'en' ? c.nameEn : c.nameZh)),
      axisLabel: { color: REVIEW_COLORS.axisText, fontSize: REVIEW_FONT_SIZE, width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: reviewText(lang, 'review.series.executed', { year: fiscalYear - 1 }),
        color: REVIEW_COLORS.lastYearExecuted,
        data: classes.map((c) => amountToNumber(c.lastYearExecuted, unit)),
        barMaxWidth: 16,
      },
      {
        type: 'bar',
        name: reviewText(lang, 'review.series.budget', { year: fiscalYear }),
        color: REVIEW_COLORS.budget,
        data: classes.map((c) => amountToNumber(c.budget, unit)),
        barMaxWidth: 16,
        label: {
          show: true,
          position: 'right',
          fontSize: 12,
          color: REVIEW_COLORS.axisText,
          formatter: ({ dataIndex }: { dataIndex: number }) => labels[dataIndex] ?? '',
        },
      },
    ],
  };
}
