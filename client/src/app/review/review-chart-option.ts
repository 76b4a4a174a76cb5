import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatChartNumber } from '../shared/charts/chart-option';

/** Options of the 会前审查 charts (type only): bars, lines and a donut, registered by review-echarts-setup.ts. */
export type ReviewChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/**
 * Colours of the page, from Ant Design's palette: last year in greys and light blue, this year in
 * the strong blue, so that "this year" is the bar the eye finds first, on screen and on paper.
 */
export const REVIEW_COLORS = {
  lastYearBudget: '#bfbfbf',
  lastYearExecuted: '#91caff',
  budget: '#1677ff',
  paid: '#fa8c16',
  books: ['#1677ff', '#13c2c2', '#faad14', '#722ed1'],
  axisText: '#434343',
} as const;

/** Text large enough to read on a tablet and on paper. */
export const REVIEW_FONT_SIZE = 13;

/**
 * What every bar chart of the page shares: no animation (it prints), the page's text size, a
 * legend on top and an axis tooltip with values in the chart's unit. `grid` gives the margins.
 */
export function reviewBarFrame(
  unitLabel: string,
  grid: { right: number; top: number },
): Pick<ReviewChartOption, 'animation' | 'textStyle' | 'grid' | 'legend' | 'tooltip'> {
  return {
    animation: false,
    textStyle: { fontSize: REVIEW_FONT_SIZE },
    grid: { left: 8, right: grid.right, top: grid.top, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    legend: { top: 0, textStyle: { fontSize: REVIEW_FONT_SIZE } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
    },
  };
}
