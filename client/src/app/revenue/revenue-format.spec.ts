import { formatGrowth, formatLinePercent, formatLinePoints, formatPoints, throughText } from './revenue-format';
import { monthLabel } from '../shared/format/month-label';

describe('monthLabel and throughText', () => {
  it('name the month in either language', () => {
    expect([monthLabel(3, 'zh-CN'), monthLabel(3, 'en'), monthLabel(12, 'en')]).toEqual(['3月', 'Mar', 'Dec']);
    expect(throughText(2026, 10, 'zh-CN')).toBe('2026年10月');
    expect(throughText(2026, 10, 'en')).toBe('Oct 2026');
  });

  it('say so when no month is loaded', () => {
    expect(throughText(2026, 0, 'zh-CN')).toBe('尚无数据');
  });
});

describe('formatPoints', () => {
  it('shows a ratio gap in percentage points with one decimal', () => {
    expect([formatPoints('0.100000'), formatPoints('0.099999'), formatPoints('-0.003425'), formatPoints(null)]).toEqual(
      ['10.0', '10.0', '-0.3', '—'],
    );
  });
});

describe('formatLinePercent and formatLinePoints', () => {
  it('show a line without needless decimals', () => {
    expect([
      formatLinePercent('0.3'),
      formatLinePercent('0.1059'),
      formatLinePercent('0.125'),
      formatLinePercent('0'),
    ]).toEqual(['30%', '10.59%', '12.5%', '0%']);
    expect([formatLinePoints('0.1'), formatLinePoints('0.105')]).toEqual(['10', '10.5']);
  });
});

describe('formatGrowth', () => {
  it('signs a rise, keeps a fall’s minus and shows no sign for zero', () => {
    expect([formatGrowth('0.172600'), formatGrowth('-0.022833'), formatGrowth('0.000001'), formatGrowth(null)]).toEqual(
      ['+17.3%', '-2.3%', '0.0%', '—'],
    );
  });
});

