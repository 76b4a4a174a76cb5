import { linePercent, ratioToChartPercent } from '../shared/format/percent-text';
import { SEVERITY_COLORS, severityColor } from '../shared/charts/severity-style';
import { CHART_COLORS, type ChartOption } from '../shared/charts/chart-option';
import type { Lang } from '../shared/i18n/lang';
import { stateAssetsText } from './state-assets-translate';
import type { Enterprise, StateAssets } from './state-assets.types';

const ROW_HEIGHT = 28;
const CHROME_HEIGHT = 72;
const MIN_HEIGHT = 240;

/** Bar chart height for a number of enterprises: one readable row each. */
export function rowChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/** The enterprises with a 保值增值率 (an annual report a year earlier), lowest first. */
export function preservedEnterprises(data: StateAssets): Enterprise[] {
  return data.enterprises
    .filter((e) => e.preservation.value !== null)
    .sort(
      (a, b) =>
        ratioToChartPercent(a.preservation.value)! - ratioToChartPercent(b.preservation.value)! ||
        a.enterpriseCode.localeCompare(b.enterpriseCode),
    );
}

/**
 * Each enterprise's 保值增值率 as a horizontal bar, lowest at the top, below SOE-PRESERVE's line in
 * yellow, with the line dashed. The axis starts near the lowest rate: the rates sit close to 100 %.
 */
export function buildPreservationChartOptions(data: StateAssets, lang: Lang): ChartOption {
  const rows = preservedEnterprises(data);
  const values = rows.map((e) => ratioToChartPercent(e.preservation.value)!);
  const line = ratioToChartPercent(data.lines.preservation.below)!;
  const min = Math.max(0, Math.floor((Math.min(line, ...values) - 5) / 5) * 5);
  const max = Math.ceil((Math.max(line, ...values) + 2) / 5) * 5;
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—'),
    },
    xAxis: {
      type: 'value',
      min,
      max,
      name: stateAssetsText(lang, 'stateAssets.chart.preservationAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((e) => e.enterpriseName),
      axisLabel: { width: 180, overflow: 'truncate', color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: stateAssetsText(lang, 'stateAssets.col.preservation'),
        data: rows.map((e, index) => ({
          value: values[index]!,
          itemStyle: { color: severityColor(e.preservation.severity) },
        })),
        barMaxWidth: 16,
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: SEVERITY_COLORS.yellow, type: 'dashed', width: 2 },
          label: {
            position: 'end',
            color: SEVERITY_COLORS.yellow,
            formatter: linePercent(data.lines.preservation.below),
          },
          data: [{ xAxis: line }],
        },
      },
    ],
  };
}
