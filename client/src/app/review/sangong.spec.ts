import { buildSangongChartOptions, sangongYearLabel } from './sangong-chart-options';
import { buildSangongLead, buildSangongRows, hasSangong } from './sangong-views';
import { sampleSangong } from './testing/review-fixtures';

describe('buildSangongChartOptions', () => {
  it('draws budget and spending year by year in 万元, a year under way with its months', () => {
    const options = buildSangongChartOptions(sampleSangong(), 'zh-CN');
    expect((options.xAxis as { data: string[] }).data).toEqual(['2025年', '2026年（1–6月）']);
    const series = options.series as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['预算', [500, 430]],
      ['实际支出', [430, 150]],
    ]);
  });

  it('labels years in English', () => {
    expect(sangongYearLabel(2026, 11, 'en')).toBe('FY 2026 (Jan–Nov)');
    expect(sangongYearLabel(2025, 12, 'en')).toBe('FY 2025');
  });
});

describe('buildSangongLead', () => {
  it('says this year’s budget against last year’s and what is spent so far', () => {
    expect(buildSangongLead(sampleSangong(), 2026, 'zh-CN')).toEqual([
      '2026年“三公”经费预算430.00万元，与上年预算相比减少14.0%。',
      '2026年截至1–6月已支出150.00万元，占预算的34.9%。',
    ]);
  });

  it('speaks of a complete first year without a comparison', () => {
    expect(buildSangongLead(sampleSangong(), 2025, 'en')).toEqual([
      'The FY 2025 budget for them is 500.00 10k yuan.',
      'In FY 2025, 430.00 10k yuan was spent: 86.0% of the budget.',
    ]);
    expect(buildSangongLead(sampleSangong(), 2027, 'en')).toEqual([]);
  });
});

describe('buildSangongRows', () => {
  it('lists the four items against last year', () => {
    const rows = buildSangongRows(sampleSangong(), 2026, 'zh-CN');
    expect(rows.map((r) => [r.name, r.lastYearBudget, r.lastYearPaid, r.budget, r.vsBudget])).toEqual([
      ['因公出国（境）费用', '300.00万元', '280.00万元', '250.00万元', '减少16.7%'],
      ['公务接待费', '200.00万元', '150.00万元', '180.00万元', '减少10.0%'],
      ['公务用车运行维护费', '0.00元', '0.00元', '0.00元', '上年没有可比数'],
      ['公务用车购置', '0.00元', '0.00元', '0.00元', '上年没有可比数'],
    ]);
  });
});

describe('hasSangong', () => {
  it('needs some budget or spending', () => {
    expect(hasSangong(sampleSangong())).toBeTrue();
    expect(hasSangong({ codes: [], years: [] })).toBeFalse();
  });
});
