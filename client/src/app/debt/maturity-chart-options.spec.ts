import type { BarSeriesOption } from 'echarts/charts';
import { buildMaturityChartOptions, hasMaturities } from './maturity-chart-options';
import { sampleMaturities } from './testing/debt-fixtures';

describe('buildMaturityChartOptions', () => {
  it('stacks general and special bonds falling due in each of the ten years and after', () => {
    const options = buildMaturityChartOptions(sampleMaturities(), 'zh-CN');
    const categories = (options.xAxis as { data: string[] }).data;
    expect(categories.length).toBe(11);
    expect(categories[0]).toBe('2027');
    expect(categories[10]).toBe('以后');
    const series = options.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['一般债务', 'due'],
      ['专项债务', 'due'],
    ]);
    expect(series[0]!.data![0]).toBe(25);
    expect(series[1]!.data![10]).toBe(113.7);
  });

  it('labels the later bucket in English', () => {
    expect((buildMaturityChartOptions(sampleMaturities(), 'en').xAxis as { data: string[] }).data[10]).toBe('Later');
  });
});

describe('hasMaturities', () => {
  it('is false without an outstanding bond', () => {
    const none = sampleMaturities();
    none.outstanding = { total: '0.00', general: '0.00', special: '0.00', bonds: 0 };
    expect(hasMaturities(sampleMaturities())).toBeTrue();
    expect(hasMaturities(none)).toBeFalse();
  });
});
