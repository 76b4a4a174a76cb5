import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('writes the moment in the given time zone, to the minute', () => {
    expect(formatDateTime('2026-11-20T06:05:59.900Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月20日 14:05');
    expect(formatDateTime('2026-11-20T06:05:00Z', 'en', 'Asia/Shanghai')).toBe('20 Nov 2026 14:05');
  });

  it('moves to the next day across midnight in Beijing', () => {
    expect(formatDateTime('2025-12-31T16:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年1月1日 00:30');
    expect(formatDateTime('2025-12-31T16:30:00Z', 'zh-CN', 'UTC')).toBe('2025年12月31日 16:30');
  });

  it('shows a dash for a missing moment and rejects malformed ones', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(() => formatDateTime('yesterday', 'en')).toThrowError(/ISO timestamp/);
  });
});
