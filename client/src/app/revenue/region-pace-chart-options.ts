import { CHART_COLORS, percentAxisMax, type ChartOption } from '../shared/charts/chart-option';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { revenueText } from './revenue-translate';
import type { RegionRevenue, RevenueRegions } from './revenue.types';

const ROW_HEIGHT = 34;
const CHROME_HEIGHT = 96;
const MIN_HEIGHT = 200;
/** Ant Design's orange-6: behind time progress by the REV-PACE line or more. */
const BEHIND_COLOR = '#fa8c16';

/** Chart height for a number of branches: one readable row each. */
export function regionPaceChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/** A branch's name: a sub-region's, or "临江市本级" for the region's own rows. */
export function branchName(region: RegionRevenue, lang: Lang): string {
  return region.branch === 'self'
    ? revenueText(lang, 'revenue.regions.self', { region: region.regionName })
    : region.regionName;
}

/**
 * Each branch's completion rate as a horizontal bar, orange where it lags time progress by the
 * REV-PACE line or more, with time progress as a vertical dashed line.
 */
export function buildRegionPaceChartOptions(regions: RevenueRegions, lang: Lang): ChartOption {
  const rates = regions.regions.map((region) => ratioToPercentNumber(region.rate));
  const timeProgress = ratioToPercentNumber(regions.timeProgress);
  return {
    grid: { left: 8, right: 56, top: 40, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—'),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: percentAxisMax([...rates, timeProgress]),
      position: 'top',
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: regions.regions.map((region) => branchName(region, lang)),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: revenueText(lang, 'revenue.card.rate'),
        data: regions.regions.map((region, i) => ({
          value: rates[i] ?? null,
          itemStyle: { color: region.behindPace ? BEHIND_COLOR : CHART_COLORS.executed },
        })),
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }) => (typeof value === 'number' ? `${value.toFixed(1)}%` : ''),
        },
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
                  formatter: `${revenueText(lang, 'revenue.chart.timeProgress')} ${formatPercent(regions.timeProgress)}`,
                },
                data: [{ xAxis: timeProgress }],
              },
      },
    ],
  };
}
