import type { BarSeriesOption } from 'echarts/charts';
import { emptyOverview, sampleOverview } from '../testing/overview-fixtures';
import { buildBookExecutionChartOptions } from './book-execution-chart-options';

const firstSeries = (options: ReturnType<typeof buildBookExecutionChartOptions>) =>
  (options.series as BarSeriesOption[])[0]!;

describe('buildBookExecutionChartOptions', () => {
  it('draws one bar per book with its execution rate in percent', () => {
    const series = firstSeries(buildBookExecutionChartOptions(sampleOverview(), 'zh-CN'));
    expect(series.type).toBe('bar');
    expect(series.data).toEqual([46, 30, null, 53.33]);
  });

  it('leaves a book with no budget (null rate) without a bar', () => {
    const series = firstSeries(buildBookExecutionChartOptions(sampleOverview(), 'zh-CN'));
    expect(series.data?.[2]).toBeNull();
  });

  it('marks time progress with a line at its percentage, labelled with the value', () => {
    const markLine = firstSeries(buildBookExecutionChartOptions(sampleOverview(), 'zh-CN')).markLine!;
    expect(markLine.data).toEqual([{ yAxis: 49.59 }]);
    expect((markLine.label as { formatter: string }).formatter).toBe('序时进度 49.6%');
  });

  it('has no time-progress line when there is no as-of date', () => {
    expect(firstSeries(buildBookExecutionChartOptions(emptyOverview(), 'zh-CN')).markLine).toBeUndefined();
  });

  it('names the books in the chosen language', () => {
    const xAxis = (lang: 'zh-CN' | 'en') => buildBookExecutionChartOptions(sampleOverview(), lang).xAxis as { data: string[] };
    expect(xAxis('zh-CN').data).toEqual(['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算']);
    expect(xAxis('en').data[0]).toBe('General public budget');
  });

  it('extends the percent axis above 100 only for an over-executed book', () => {
    const yMax = (options: ReturnType<typeof buildBookExecutionChartOptions>) => (options.yAxis as { max: number }).max;
    expect(yMax(buildBookExecutionChartOptions(sampleOverview(), 'zh-CN'))).toBe(100);
    const over = sampleOverview();
    over.books[0] = { ...over.books[0]!, executionRate: '1.234500' };
    expect(yMax(buildBookExecutionChartOptions(over, 'zh-CN'))).toBe(130);
  });
});
