import type { BarSeriesOption } from 'echarts/charts';
import { NORMAL_COLOR, SEVERITY_COLORS } from '../shared/charts/severity-style';
import { buildPreservationChartOptions, preservedEnterprises, rowChartHeight } from './preservation-chart-options';
import { sampleStateAssets } from './testing/state-assets-fixtures';

describe('buildPreservationChartOptions', () => {
  it('draws the rates lowest first, below the line in yellow, with the line dashed', () => {
    const options = buildPreservationChartOptions(sampleStateAssets(), 'zh-CN');
    expect((options.yAxis as { data: string[] }).data).toEqual([
      '临江新城置业发展有限公司',
      // Equal rates: by code.
      '临江会展中心运营管理有限公司',
      '临江环境能源有限公司',
    ]);
    const bar = (options.series as BarSeriesOption[])[0]!;
    expect(
      (bar.data as { value: number; itemStyle: { color: string } }[]).map((item) => [item.value, item.itemStyle.color]),
    ).toEqual([
      [93, SEVERITY_COLORS.yellow],
      [105.26, NORMAL_COLOR],
      [105.26, NORMAL_COLOR],
    ]);
    expect((bar.markLine!.data as { xAxis: number }[])[0]!.xAxis).toBe(100);
    expect([(options.xAxis as { min: number }).min, (options.xAxis as { max: number }).max]).toEqual([85, 110]);
  });
});

describe('preservedEnterprises', () => {
  it('leaves out the enterprises without a rate', () => {
    expect(preservedEnterprises(sampleStateAssets()).length).toBe(3);
  });
});

describe('rowChartHeight', () => {
  it('gives each row its height above a minimum', () => {
    expect(rowChartHeight(3)).toBe(240);
    expect(rowChartHeight(20)).toBe(632);
  });
});
