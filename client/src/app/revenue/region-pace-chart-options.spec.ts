import type { BarSeriesOption } from 'echarts/charts';
import { sampleRegions } from './testing/revenue-fixtures';
import { branchName, buildRegionPaceChartOptions, regionPaceChartHeight } from './region-pace-chart-options';

const bars = (options: ReturnType<typeof buildRegionPaceChartOptions>) => (options.series as BarSeriesOption[])[0]!;

describe('buildRegionPaceChartOptions', () => {
  it('draws one bar per branch, the region’s own rows named as 本级', () => {
    const options = buildRegionPaceChartOptions(sampleRegions(), 'zh-CN');
    expect(options.yAxis).toEqual(
      jasmine.objectContaining({ inverse: true, data: ['临江市本级', '江城区', '清溪县'] }),
    );
    expect((bars(options).data as { value: number }[]).map((d) => d.value)).toEqual([83.33, 85, 70]);
  });

  it('colours only the branches behind the REV-PACE line', () => {
    const colors = (
      bars(buildRegionPaceChartOptions(sampleRegions(), 'zh-CN')).data as { itemStyle: { color: string } }[]
    ).map((d) => d.itemStyle.color);
    expect(colors).toEqual(['#1677ff', '#1677ff', '#fa8c16']);
  });

  it('draws time progress as a vertical dashed line, and none without it', () => {
    const markLine = bars(buildRegionPaceChartOptions(sampleRegions(), 'en')).markLine!;
    expect(markLine.data).toEqual([{ xAxis: 83.29 }]);
    expect((markLine.label as { formatter: string }).formatter).toBe('Time progress 83.3%');
    expect(bars(buildRegionPaceChartOptions(sampleRegions({ timeProgress: null }), 'en')).markLine).toBeUndefined();
  });
});

describe('branchName and regionPaceChartHeight', () => {
  it('names the own rows in English too', () => {
    expect(branchName(sampleRegions().regions[0]!, 'en')).toBe('临江市 (own level)');
    expect(branchName(sampleRegions().regions[1]!, 'en')).toBe('江城区');
  });

  it('grows a row per branch above a minimum', () => {
    expect(regionPaceChartHeight(1)).toBe(200);
    expect(regionPaceChartHeight(8)).toBe(96 + 8 * 34);
  });
});
