import { buildBookRows, buildBooksLead, hasReviewData, lastYearPartialNote } from './book-views';
import { sampleBooks } from './testing/review-fixtures';

describe('buildBookRows', () => {
  it('formats each book and the total: amounts with their unit, changes in words', () => {
    const rows = buildBookRows(sampleBooks(), 'zh-CN');
    expect(rows.map((r) => r.key)).toEqual(['GPB', 'GFB', 'SCB', 'SIF', 'total']);
    expect(rows[0]).toEqual({
      key: 'GPB',
      name: '一般公共预算',
      budget: '124.30亿元',
      share: '60.8%',
      lastYearBudget: '110.00亿元',
      vsBudget: '增长13.0%',
      lastYearExecuted: '102.30亿元',
      vsExecuted: '增长21.5%',
      revenueBudget: '156.00亿元',
      lastYearRevenue: '145.20亿元',
      revenueGrowth: '增长7.4%',
    });
    expect(rows[1]!.vsExecuted).toBe('减少11.1%');
    expect(rows[2]!.vsBudget).toBe('上年没有可比数');
    expect(rows[4]!.name).toBe('合计');
  });

  it('speaks English', () => {
    const [gpb] = buildBookRows(sampleBooks(), 'en');
    expect([gpb!.name, gpb!.budget, gpb!.vsBudget]).toEqual(['General public budget', '124.30 100M yuan', 'up 13.0%']);
  });
});

describe('buildBooksLead', () => {
  it('says the total, its growth on last year and the largest book', () => {
    expect(buildBooksLead(sampleBooks(), 'zh-CN')).toEqual([
      '2026年四本预算支出合计204.30亿元，与上年预算相比增长27.7%，与上年实际支出相比增长38.7%。',
      '其中一般公共预算最大，占60.8%。',
    ]);
  });
});

describe('lastYearPartialNote', () => {
  it('warns only while last year is not complete', () => {
    expect(lastYearPartialNote(12, 2026, 'zh-CN')).toBeNull();
    expect(lastYearPartialNote(0, 2026, 'zh-CN')).toBeNull();
    expect(lastYearPartialNote(11, 2027, 'zh-CN')).toBe('注意：2026年的实际支出只统计到1–11月，不是全年数。');
  });
});

describe('hasReviewData', () => {
  it('needs a budget this year or last year', () => {
    expect(hasReviewData(sampleBooks())).toBeTrue();
    const none = sampleBooks();
    none.total = { ...none.total, budget: '0.00', lastYearBudget: '0.00' };
    expect(hasReviewData(none)).toBeFalse();
  });
});
