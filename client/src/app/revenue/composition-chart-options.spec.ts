import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { sampleComposition } from './testing/revenue-fixtures';
import {
  buildCompositionChartOptions,
  compositionUnit,
  hasComposition,
  shareAxisMax,
} from './composition-chart-options';

const series = (options: ReturnType<typeof buildCompositionChartOptions>) =>
  options.series as (BarSeriesOption | LineSeriesOption)[];

describe('buildCompositionChartOptions', () => {
  it('stacks tax and non-tax revenue of each month', () => {
    const [tax, nonTax] = series(buildCompositionChartOptions(sampleComposition(), 'zh-CN'));
    expect([tax!.name, nonTax!.name]).toEqual(['税收收入', '非税收入']);
    expect([tax!.stack, nonTax!.stack]).toEqual(['revenue', 'revenue']);
    expect(tax!.data!.slice(9)).toEqual([7.84, null, null]);
    expect(nonTax!.data![0]).toBe(1.96);
  });

  it('draws the cumulative non-tax share against last year’s with the REV-NONTAX line', () => {
    const [, , share, lastYear] = series(buildCompositionChartOptions(sampleComposition(), 'en'));
    expect(share!.name).toBe('Non-tax share 2026, cumulative');
    expect(share!.data![0]).toBe(20);
    expect(lastYear!.data![11]).toBe(19.35);
    const markLine = (share as LineSeriesOption).markLine!;
    expect(markLine.data).toEqual([{ yAxis: 30 }]);
    expect((markLine.label as { formatter: string }).formatter).toBe('Warning line 30%');
  });

  it('draws a tuned line where the committee has moved it', () => {
    const composition = sampleComposition();
    composition.lines = { ...composition.lines, nonTaxShareAbove: '0.25' };
    const markLine = (series(buildCompositionChartOptions(composition, 'zh-CN'))[2] as LineSeriesOption).markLine!;
    expect(markLine.data).toEqual([{ yAxis: 25 }]);
  });
});

describe('shareAxisMax', () => {
  it('leaves room above the highest share or line, up to 100', () => {
    expect(shareAxisMax([20, 19.35, 30])).toBe(40);
    expect(shareAxisMax([36, null])).toBe(50);
    expect(shareAxisMax([98])).toBe(100);
  });
});

describe('compositionUnit and hasComposition', () => {
  it('picks 亿元 for a city, 万元 for a township', () => {
    expect(compositionUnit(sampleComposition())).toBe('yi');
    const small = sampleComposition();
    small.months = small.months.map((month) => ({
      ...month,
      tax: month.tax && '5000000.00',
      nonTax: month.nonTax && '1000000.00',
    }));
    expect(compositionUnit(small)).toBe('wan');
  });

  it('finds nothing to draw without tax or non-tax revenue', () => {
    const empty = sampleComposition();
    empty.months = empty.months.map((month) => ({ ...month, tax: null, nonTax: month.nonTax && '0.00' }));
    expect(hasComposition(empty)).toBeFalse();
    expect(hasComposition(sampleComposition())).toBeTrue();
  });
});
