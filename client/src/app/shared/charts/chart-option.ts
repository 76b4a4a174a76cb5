import type { BarSeriesOption, LineSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * Options of the charts this app draws: bars, lines, treemaps, grid, legend, tooltip and mark lines
 * (type only). Each page registers the series it draws with ECharts (echarts-setup.ts for bars; the
 * 执行监控 page adds lines and treemaps in its own chunk).
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | TreemapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** Palette shared by the charts, from Ant Design's colours so charts sit well with ng-zorro. */
export const CHART_COLORS = {
  budget: '#91caff',
  executed: '#1677ff',
  timeProgress: '#fa8c16',
  axisText: '#595959',
} as const;

/** The y- or x-axis maximum for percentages: 100, or above the largest value in steps of 10. */
export function percentAxisMax(values: readonly (number | null)[]): number {
  const largest = Math.max(100, ...values.filter((value): value is number => value !== null));
  return Math.ceil(largest / 10) * 10;
}

/** A chart number with separators and fixed decimals for tooltips ("1,234.50"). */
export function formatChartNumber(value: number, digits = 2): string {
  const [integer = '0', fraction] = Math.abs(value).toFixed(digits).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}
