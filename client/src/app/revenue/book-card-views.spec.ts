import { sampleSummary } from './testing/revenue-fixtures';
import { buildBookCardViews } from './book-card-views';

describe('buildBookCardViews', () => {
  it('shows each book’s collection against its budget, in 亿元, with the time progress tick', () => {
    const [gpb] = buildBookCardViews(sampleSummary(), 'GPB', 'zh-CN');
    expect(gpb).toEqual({
      book: 'GPB',
      name: '一般公共预算',
      actual: '98.00亿元',
      budget: '120.00亿元',
      rate: '81.7%',
      ratePercent: 81.67,
      timeProgressPercent: 83.29,
      pace: 'behind',
      paceText: '慢于序时进度 1.6 个百分点',
      growth: '同比 +5.4%',
      growthDown: false,
      selected: true,
    });
  });

  it('flags a book the REV-PACE line catches, and shows a fall on last year', () => {
    const gfb = buildBookCardViews(sampleSummary(), 'GPB', 'en')[1]!;
    expect([gfb.pace, gfb.paceText, gfb.growth, gfb.growthDown, gfb.selected]).toEqual([
      'flagged',
      '33.3 pts behind time progress',
      '-14.3% on last year',
      true,
      false,
    ]);
  });

  it('reads ahead of time, no budget and a year not loaded last year', () => {
    const [, , scb, sif] = buildBookCardViews(sampleSummary(), 'SIF', 'zh-CN');
    expect([scb!.pace, scb!.paceText, scb!.growth]).toEqual(['ahead', '快于序时进度 3.4 个百分点', '上年同期未导入']);
    expect([sif!.pace, sif!.paceText, sif!.ratePercent, sif!.selected]).toEqual([
      'unknown',
      '没有收入预算',
      null,
      true,
    ]);
  });
});
