import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

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
