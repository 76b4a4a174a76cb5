import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes the Chinese form without zero padding', () => {
    expect(formatDate('2026-11-20', 'zh-CN')).toBe('2026年11月20日');
    expect(formatDate('2026-06-03', 'zh-CN')).toBe('2026年6月3日');
  });

  it('writes the English form', () => {
    expect(formatDate('2026-11-20', 'en')).toBe('20 Nov 2026');
    expect(formatDate('2025-01-01', 'en')).toBe('1 Jan 2025');
  });

  it('keeps the calendar day whatever the time zone (31 December stays in its year)', () => {
    expect(formatDate('2025-12-31', 'zh-CN')).toBe('2025年12月31日');
  });

  it('shows a dash for a missing date and rejects malformed ones', () => {
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(() => formatDate('2026/11/20', 'en')).toThrowError(/ISO date/);
  });
});
