import { CHART_COLORS, percentAxisMax, type ChartOption } from '../shared/charts/chart-option';
import { fixedDecimalToString, toFixedDecimal } from '../shared/format/decimal';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { tooltipHtml } from './chart-tooltip';
import type { AgencyExecution, AgencyRanking } from './execution.types';
import { executionText } from './execution-translate';

/** How many agencies the chart shows; the table below lists them all. */
export const RANKING_CHART_LIMIT = 20;

const ROW_HEIGHT = 28;
const CHROME_HEIGHT = 72;
const MIN_HEIGHT = 200;

/** The agencies the chart draws: the most behind time progress first, those without a rate left out. */
export function chartedAgencies(ranking: AgencyRanking, limit = RANKING_CHART_LIMIT): AgencyExecution[] {
  return ranking.agencies.filter((agency) => agency.executionRate !== null).slice(0, limit);
}

/** Chart height in pixels for a number of bars: one readable row each. */
export function rankingChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/** "43.8 pp behind" or "3.2 pp ahead" of time progress, from the API's lag (timeProgress − rate). */
export function lagText(lag: string, lang: Lang): string {
  const points = toFixedDecimal(lag, 1, -2);
  return points.negative
    ? executionText(lang, 'execution.chart.ahead', { points: fixedDecimalToString({ ...points, negative: false }) })
    : executionText(lang, 'execution.chart.lag', { points: fixedDecimalToString(points) });
}

/**
 * Execution rate of the agencies furthest behind time progress (序时进度) as horizontal bars, the
 * most behind at the top, with a vertical dashed line at time progress.
 */
export function buildAgencyRankingChartOptions(ranking: AgencyRanking, lang: Lang, limit = RANKING_CHART_LIMIT): ChartOption {
  const agencies = chartedAgencies(ranking, limit);
  const rates = agencies.map((agency) => ratioToPercentNumber(agency.executionRate));
  const timeProgress = ratioToPercentNumber(ranking.timeProgress);
  return {
    color: [CHART_COLORS.executed],
    grid: { left: 8, right: 56, top: 28, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const agency = agencies[(params as { dataIndex: number }).dataIndex];
        if (!agency) return '';
        const lines = [`${executionText(lang, 'execution.chart.rate')} ${formatPercent(agency.executionRate)}`];
        if (agency.lag !== null) lines.push(lagText(agency.lag, lang));
        return tooltipHtml(agency.agencyName, [agency.regionName, ...lines].filter((line) => line !== ''));
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: percentAxisMax([...rates, timeProgress]),
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: agencies.map((agency) => agency.agencyName),
      axisLabel: { color: CHART_COLORS.axisText, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: executionText(lang, 'execution.chart.rate'),
        data: rates,
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (params) => formatPercent(agencies[params.dataIndex]?.executionRate ?? null),
        },
        markLine:
          timeProgress === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLORS.timeProgress, type: 'dashed', width: 2 },
                label: {
                  // The category axis runs top-down (inverse): the line starts at the top, above the bars.
                  position: 'start',
                  color: CHART_COLORS.timeProgress,
                  formatter: executionText(lang, 'execution.chart.timeProgress', {
                    value: formatPercent(ranking.timeProgress),
                  }),
                },
                data: [{ xAxis: timeProgress }],
              },
      },
    ],
  };
}
