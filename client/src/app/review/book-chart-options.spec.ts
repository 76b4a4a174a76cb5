import { buildBookScaleChartOptions } from './book-scale-chart-options';
import { buildBookShareChartOptions } from './book-share-chart-options';
import { sampleBooks } from './testing/review-fixtures';

type Series = { name: string; data: unknown[]; type: string; label?: { show: boolean } };

describe('buildBookScaleChartOptions', () => {
  it('draws last year’s budget and spending beside this year’s budget, in 亿元', () => {
    const options = buildBookScaleChartOptions(sampleBooks(), 'zh-CN');
    const series = options.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['2025年预算', '2025年实际支出', '2026年预算']);
    expect(series[2]!.data).toEqual([124.3, 40, 10, 30]);
    expect(series[1]!.data).toEqual([102.3, 45, 0, 0]);
    expect(series[2]!.label?.show).toBeTrue();
    expect((options.yAxis as { name: string }).name).toBe('金额（亿元）');
    const axis = options.xAxis as { data: string[]; axisLabel: { formatter: (name: string) => string } };
    expect(axis.data[0]).toBe('一般公共预算');
    expect(axis.axisLabel.formatter('国有资本经营预算')).toBe('国有资本经营\n预算');
  });
});

describe('buildBookShareChartOptions', () => {
  it('draws each book’s share as a donut, the legend giving the exact share', () => {
    const options = buildBookShareChartOptions(sampleBooks(), 'en')!;
    const [pie] = options.series as { data: { name: string; value: number }[] }[];
    expect(pie!.data.map((d) => d.name)).toEqual([
      'General public budget',
      'Government fund budget',
      'State capital operation budget',
      'Social insurance fund budget',
    ]);
    const legend = options.legend as { formatter: (name: string) => string };
    expect(legend.formatter('General public budget')).toBe('General public budget  60.8%');
  });

  it('leaves out books without a budget, and draws nothing when none has one', () => {
    const books = sampleBooks();
    books.books = books.books.map((b) => (b.book === 'SCB' ? { ...b, budget: '0.00', share: '0.000000' } : b));
    const [pie] = buildBookShareChartOptions(books, 'zh-CN')!.series as { data: unknown[] }[];
    expect(pie!.data.length).toBe(3);
    books.books = books.books.map((b) => ({ ...b, budget: '0.00', share: null }));
    expect(buildBookShareChartOptions(books, 'zh-CN')).toBeNull();
  });
});
