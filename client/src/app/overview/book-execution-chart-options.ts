import type { Overview } from '../shared/api/api.types';
import { CHART_COLORS, percentAxisMax, type ChartOption } from '../shared/charts/chart-option';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';

/**
 * Execution rate of each book as bars, with a dashed line at time progress (序时进度): a bar below
 * the line is spending slower than the calendar. A book without budget has no bar (rate null).
 */
export function buildBookExecutionChartOptions(overview: Overview, lang: Lang): ChartOption {
  const rates = overview.books.map((book) => ratioToPercentNumber(book.executionRate));
  const timeProgress = ratioToPercentNumber(overview.timeProgress);
  return {
    color: [CHART_COLORS.executed],
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—'),
    },
    xAxis: {
      type: 'category',
      data: overview.books.map((book) => translate(lang, `book.${book.book}`)),
      axisLabel: { interval: 0, width: 96, overflow: 'break', color: CHART_COLORS.axisText },
    },
    yAxis: {
      type: 'value',
      name: translate(lang, 'chart.percentAxis'),
      min: 0,
      max: percentAxisMax([...rates, timeProgress]),
      axisLabel: { formatter: '{value}%' },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'chart.executionRate'),
        data: rates,
        barMaxWidth: 56,
        label: { show: true, position: 'top', formatter: '{c}%' },
        markLine:
          timeProgress === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLORS.timeProgress, type: 'dashed', width: 2 },
                label: {
                  position: 'insideEndTop',
                  color: CHART_COLORS.timeProgress,
                  formatter: translate(lang, 'chart.timeProgressLine', { value: formatPercent(overview.timeProgress) }),
                },
                data: [{ yAxis: timeProgress }],
              },
      },
    ],
  };
}
