import type { BarSeriesOption } from 'echarts/charts';
import { buildLimitBalanceChartOptions } from './limit-balance-chart-options';
import { SEVERITY_COLORS } from '../shared/charts/severity-style';
import { samplePositions } from './testing/debt-fixtures';

describe('buildLimitBalanceChartOptions', () => {
  const series = (lang: 'zh-CN' | 'en' = 'zh-CN') =>
    buildLimitBalanceChartOptions(samplePositions(), lang).series as BarSeriesOption[];

  it('draws limit and balance of each debt type per region, in 亿元', () => {
    expect(series().map((s) => s.name)).toEqual(['一般债务限额', '一般债务余额', '专项债务限额', '专项债务余额']);
    expect(series()[0]!.data).toEqual([300, null]);
    expect((series()[3]!.data as { value: number }[]).map((item) => item.value)).toEqual([380, 13.7]);
    expect((buildLimitBalanceChartOptions(samplePositions(), 'zh-CN').xAxis as { data: string[] }).data).toEqual([
      '临江市',
      '临江经济技术开发区',
    ]);
  });

  it('paints a balance over its limit red', () => {
    const special = series()[3]!.data as { itemStyle?: { color: string } }[];
    expect(special[0]!.itemStyle).toBeUndefined();
    expect(special[1]!.itemStyle).toEqual({ color: SEVERITY_COLORS.red });
  });

  it('switches to 万元 for small amounts and names the unit', () => {
    const small = samplePositions();
    small.regions = small.regions.map((row) => ({
      ...row,
      general: { ...row.general, limit: row.general.limit && '1000000.00', balance: '900000.00' },
      special: { ...row.special, limit: '500000.00', balance: '400000.00' },
    }));
    const options = buildLimitBalanceChartOptions(small, 'en');
    expect((options.yAxis as { name: string }).name).toBe('Amount (10k yuan)');
    expect((options.series as BarSeriesOption[])[0]!.data).toEqual([100, null]);
    expect((options.series as BarSeriesOption[]).map((s) => s.name)).toEqual([
      'General limit',
      'General balance',
      'Special limit',
      'Special balance',
    ]);
  });
});
