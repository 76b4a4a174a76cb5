import type { BarSeriesOption } from 'echarts/charts';
import { sampleOverview } from '../testing/overview-fixtures';
import { budgetChartUnit, buildBudgetVsExecutedChartOptions } from './budget-vs-executed-chart-options';

describe('budgetChartUnit', () => {
  it('uses 亿元 once any figure reaches 1 亿', () => {
    expect(budgetChartUnit(sampleOverview())).toBe('yi');
  });

  it('uses 万元 while every figure is below 1 亿', () => {
    const small = sampleOverview();
    small.books = small.books.map((book) => ({ ...book, budget: '99999999.99', executed: '1000.00' }));
    expect(budgetChartUnit(small)).toBe('wan');
  });
});

describe('buildBudgetVsExecutedChartOptions', () => {
  it('draws budget and executed series per book, in 亿元 rounded to 2 decimals', () => {
    const series = buildBudgetVsExecutedChartOptions(sampleOverview(), 'zh-CN').series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['预算数', '执行数']);
    expect(series[0]!.data).toEqual([123.46, 30, 0, 45]);
    expect(series[1]!.data).toEqual([56.79, 9, 0, 24]);
  });

  it('names the unit on the value axis in the chosen language', () => {
    expect((buildBudgetVsExecutedChartOptions(sampleOverview(), 'zh-CN').yAxis as { name: string }).name).toBe('金额（亿元）');
    expect((buildBudgetVsExecutedChartOptions(sampleOverview(), 'en').yAxis as { name: string }).name).toBe('Amount (100M yuan)');
  });

  it('switches the values to 万元 for a small region', () => {
    const small = sampleOverview();
    small.books = small.books.map((book) => ({ ...book, budget: '1300000.10', executed: '650000.04' }));
    const series = buildBudgetVsExecutedChartOptions(small, 'zh-CN').series as BarSeriesOption[];
    expect(series[0]!.data).toEqual([130, 130, 130, 130]);
    expect(series[1]!.data).toEqual([65, 65, 65, 65]);
  });

  it('formats tooltip values with separators and the unit', () => {
    const tooltip = buildBudgetVsExecutedChartOptions(sampleOverview(), 'zh-CN').tooltip as {
      valueFormatter: (value: unknown) => string;
    };
    expect(tooltip.valueFormatter(1234.5)).toBe('1,234.50 亿元');
  });
});
