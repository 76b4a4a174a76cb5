import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { sampleMonthly } from './testing/revenue-fixtures';
import {
  buildMonthlyRevenueChartOptions,
  hasMonthlyRevenue,
  monthlyAmountUnit,
  rateAxisMax,
} from './monthly-revenue-chart-options';

const series = (options: ReturnType<typeof buildMonthlyRevenueChartOptions>) =>
  options.series as (BarSeriesOption | LineSeriesOption)[];

describe('buildMonthlyRevenueChartOptions', () => {
  it('draws each month’s collection as bars in 亿元 and stops them at the last month loaded', () => {
    const options = buildMonthlyRevenueChartOptions(sampleMonthly(), 'zh-CN');
    const [bars] = series(options);
    expect(bars!.type).toBe('bar');
    expect(bars!.data!.slice(8)).toEqual([9.8, 9.8, null, null]);
    expect((options.yAxis as { name: string }[])[0]!.name).toBe('金额（亿元）');
    expect((options.xAxis as { data: string[] }).data[0]).toBe('1月');
  });

  it('draws the cumulative rate against last year’s and time progress on the percent axis', () => {
    const [, rate, lastYear, time] = series(buildMonthlyRevenueChartOptions(sampleMonthly(), 'en'));
    expect(rate!.name).toBe('Completion 2026, cumulative');
    expect(lastYear!.name).toBe('Completion 2025, cumulative');
    expect(rate!.data![9]).toBe(81.67);
    expect(rate!.data![10]).toBeNull();
    expect(lastYear!.data![11]).toBe(101.45);
    expect((time as LineSeriesOption).lineStyle).toEqual(jasmine.objectContaining({ type: 'dashed' }));
    expect(time!.data![11]).toBe(100);
    expect([rate, lastYear, time].every((s) => (s as LineSeriesOption).yAxisIndex === 1)).toBeTrue();
  });

  it('raises the percent axis above 100 in steps of 20 when last year overshot', () => {
    const options = buildMonthlyRevenueChartOptions(sampleMonthly(), 'zh-CN');
    expect((options.yAxis as { max?: number; interval?: number }[])[1]).toEqual(
      jasmine.objectContaining({ max: 120, interval: 20 }),
    );
  });
});

describe('monthlyAmountUnit and hasMonthlyRevenue', () => {
  it('uses 万元 below 1 亿 a month', () => {
    const small = sampleMonthly();
    small.months = small.months.map((month) => ({ ...month, actual: month.actual && '98000000.00' }));
    expect(monthlyAmountUnit(small)).toBe('wan');
    expect(monthlyAmountUnit(sampleMonthly())).toBe('yi');
  });

  it('finds nothing to draw in a book without budget or collection', () => {
    const empty = sampleMonthly({ budget: '0.00' });
    empty.months = empty.months.map((month) => ({ ...month, actual: month.actual && '0.00', lastYear: null }));
    expect(hasMonthlyRevenue(empty)).toBeFalse();
    expect(hasMonthlyRevenue(sampleMonthly())).toBeTrue();
  });
});

describe('rateAxisMax', () => {
  it('is 100 up to 100 % and the next multiple of 20 above', () => {
    expect([rateAxisMax([50, null]), rateAxisMax([100]), rateAxisMax([100.01]), rateAxisMax([121])]).toEqual([
      100, 100, 120, 140,
    ]);
  });
});
