import type { Overview } from '../shared/api/api.types';
import { CHART_COLORS, percentAxisMax, type ChartOption } from '../shared/charts/chart-option';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';

const ROW_HEIGHT = 32;
const CHROME_HEIGHT = 88;
const MIN_HEIGHT = 240;

/** Chart height in pixels for a number of sub-regions: one readable row each. */
export function subRegionChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/**
 * Expenditure execution rate (all books) of each direct sub-region as horizontal bars, in region
 * code order from the top, with a vertical dashed line at time progress.
 */
export function buildSubRegionExecutionChartOptions(overview: Overview, lang: Lang): ChartOption {
  const rates = overview.subRegions.map((region) => ratioToPercentNumber(region.executionRate));
  const timeProgress = ratioToPercentNumber(overview.timeProgress);
  return {
    color: [CHART_COLORS.executed],
    grid: { left: 8, right: 48, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—'),
    },
    xAxis: {
      type: 'value',
      name: translate(lang, 'chart.percentAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      max: percentAxisMax([...rates, timeProgress]),
      position: 'top',
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: overview.subRegions.map((region) => region.regionName),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'chart.executionRate'),
        data: rates,
        barMaxWidth: 20,
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine:
          timeProgress === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLORS.timeProgress, type: 'dashed', width: 2 },
                label: {
                  position: 'end',
                  color: CHART_COLORS.timeProgress,
                  formatter: translate(lang, 'chart.timeProgressLine', { value: formatPercent(overview.timeProgress) }),
                },
                data: [{ xAxis: timeProgress }],
              },
      },
    ],
  };
}
