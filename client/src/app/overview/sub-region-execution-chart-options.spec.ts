import type { BarSeriesOption } from 'echarts/charts';
import { sampleOverview } from '../testing/overview-fixtures';
import { buildSubRegionExecutionChartOptions, subRegionChartHeight } from './sub-region-execution-chart-options';

const firstSeries = (options: ReturnType<typeof buildSubRegionExecutionChartOptions>) =>
  (options.series as BarSeriesOption[])[0]!;

describe('buildSubRegionExecutionChartOptions', () => {
  it('draws one horizontal bar per sub-region, top to bottom in API order', () => {
    const options = buildSubRegionExecutionChartOptions(sampleOverview(), 'zh-CN');
    expect(options.yAxis).toEqual(jasmine.objectContaining({ type: 'category', inverse: true, data: ['城东区', '城西区', '临江经济开发区'] }));
    expect(options.xAxis).toEqual(jasmine.objectContaining({ type: 'value' }));
    expect(firstSeries(options).data).toEqual([55, 30, null]);
  });

  it('leaves a sub-region without budget (null rate) without a bar', () => {
    expect(firstSeries(buildSubRegionExecutionChartOptions(sampleOverview(), 'zh-CN')).data?.[2]).toBeNull();
  });

  it('draws time progress as a vertical line on the value axis', () => {
    const markLine = firstSeries(buildSubRegionExecutionChartOptions(sampleOverview(), 'en')).markLine!;
    expect(markLine.data).toEqual([{ xAxis: 49.59 }]);
    expect((markLine.label as { formatter: string }).formatter).toBe('Time progress 49.6%');
  });

  it('has no line without time progress', () => {
    const overview = sampleOverview({ timeProgress: null });
    expect(firstSeries(buildSubRegionExecutionChartOptions(overview, 'zh-CN')).markLine).toBeUndefined();
  });
});

describe('subRegionChartHeight', () => {
  it('keeps a minimum height for few regions and grows a row per region', () => {
    expect(subRegionChartHeight(1)).toBe(240);
    expect(subRegionChartHeight(10)).toBe(88 + 320);
  });
});
