import type { LineSeriesOption } from 'echarts/charts';
import { sampleMonthly } from '../testing/execution-fixtures';
import { buildMonthlyExecutionChartOptions, hasMonthlyData, lastMonthWithData, monthlyChartUnit } from './monthly-execution-chart-options';

type Options = ReturnType<typeof buildMonthlyExecutionChartOptions>;
const lines = (options: Options) => options.series as LineSeriesOption[];

describe('monthlyChartUnit', () => {
  it('uses 万元 just under 1 亿 and 亿元 from 1 亿, the budget or any cumulative sum counting', () => {
    expect(monthlyChartUnit(sampleMonthly({ budget: '99999999.99' }))).toBe('wan');
    expect(monthlyChartUnit(sampleMonthly({ budget: '100000000.00' }))).toBe('yi');
    expect(monthlyChartUnit(sampleMonthly({ lastYearBudget: '150000000.00' }))).toBe('yi');
  });
});

describe('hasMonthlyData', () => {
  it('is false with no budget and no payment in either year', () => {
    const empty = sampleMonthly({
      budget: '0.00',
      lastYearBudget: '0.00',
      months: sampleMonthly().months.map((month) => ({ ...month, executed: '0.00', cumulative: '0.00', lastYear: '0.00', lastYearCumulative: '0.00' })),
    });
    expect(hasMonthlyData(empty)).toBeFalse();
    expect(hasMonthlyData({ ...empty, budget: '0.01' })).toBeTrue();
  });

  it('is true with a payment last year only', () => {
    const months = sampleMonthly().months.map((month) => ({ ...month, executed: '0.00', lastYear: month.month === 12 ? '5.00' : '0.00' }));
    expect(hasMonthlyData(sampleMonthly({ budget: '0.00', months }))).toBeTrue();
  });
});

describe('lastMonthWithData', () => {
  it('stops at the as-of month of the year in progress', () => {
    expect(lastMonthWithData(2026, '2026-11-20')).toBe(11);
    expect(lastMonthWithData(2026, '2026-01-01')).toBe(1);
  });

  it('runs to December for a closed year and shows nothing without a payment', () => {
    expect(lastMonthWithData(2025, '2025-12-31')).toBe(12);
    expect(lastMonthWithData(2026, null)).toBe(0);
  });
});

describe('buildMonthlyExecutionChartOptions', () => {
  const options = buildMonthlyExecutionChartOptions(sampleMonthly(), '2026-11-20', 'zh-CN');

  it('has twelve months on the x axis', () => {
    expect((options.xAxis as { data: string[] }).data).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
  });

  it('draws this year’s cumulative sum to the as-of month only, in 万元', () => {
    const [thisYear] = lines(options);
    expect(thisYear!.name).toBe('2026年累计支出');
    expect(thisYear!.data).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 108, null]);
  });

  it('draws last year’s cumulative sum for the whole year', () => {
    const lastYear = lines(options)[1]!;
    expect(lastYear.name).toBe('2025年累计支出');
    expect(lastYear.data).toHaveSize(12);
    expect(lastYear.data?.[11]).toBe(216);
  });

  it('draws this year’s budget as a flat dashed line named with its amount', () => {
    const budget = lines(options)[2]!;
    expect(budget.name).toBe('2026年预算 240.00万元');
    expect(new Set(budget.data as number[])).toEqual(new Set([240]));
    expect(budget.lineStyle).toEqual(jasmine.objectContaining({ type: 'dashed' }));
  });

  it('names the axis unit and writes English labels', () => {
    const english = buildMonthlyExecutionChartOptions(sampleMonthly(), '2026-11-20', 'en');
    expect((english.yAxis as { name: string }).name).toBe('Amount (10k yuan)');
    expect(lines(english)[2]!.name).toBe('FY 2026 budget 240.00 10k yuan');
  });
});
