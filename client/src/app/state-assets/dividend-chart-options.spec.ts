import type { BarSeriesOption } from 'echarts/charts';
import { SEVERITY_COLORS } from '../shared/charts/severity-style';
import { buildDividendChartOptions, dividendEnterprises } from './dividend-chart-options';
import { sampleStateAssets } from './testing/state-assets-fixtures';

describe('buildDividendChartOptions', () => {
  it('draws due and paid (亿元) of the enterprises with something due, most due first, a short payment in orange', () => {
    const options = buildDividendChartOptions(sampleStateAssets(), 'zh-CN');
    expect((options.yAxis as { data: string[] }).data).toEqual(['临江新城置业发展有限公司', '临江环境能源有限公司']);
    const [due, paid] = options.series as BarSeriesOption[];
    expect(due!.data).toEqual([1, 0.5]);
    expect(
      (paid!.data as { value: number; itemStyle?: { color: string } }[]).map((item) => [
        item.value,
        item.itemStyle?.color,
      ]),
    ).toEqual([
      [0.68, SEVERITY_COLORS.orange],
      [0.5, undefined],
    ]);
    expect((options.xAxis as { name: string }).name).toBe('金额（亿元）');
  });
});

describe('dividendEnterprises', () => {
  it('orders by the amount due, exactly, then by code', () => {
    const data = sampleStateAssets();
    data.enterprises[1] = {
      ...data.enterprises[1]!,
      dividendsDue: '100000000.00',
      enterpriseCode: '91390100MA0000000A',
    };
    expect(dividendEnterprises(data).map((e) => e.enterpriseCode)).toEqual([
      '91390100MA0000000A',
      '91390100MAB47QD882',
    ]);
  });
});
