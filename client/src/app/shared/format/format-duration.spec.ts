import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('keeps milliseconds just under a second, takes seconds with one decimal at a second', () => {
    expect(formatDuration(999, 'zh-CN')).toBe('999 毫秒');
    expect(formatDuration(1000, 'zh-CN')).toBe('1.0 秒');
    expect(formatDuration(12_345, 'en')).toBe('12.3 s');
  });

  it('takes minutes and seconds from a minute on', () => {
    expect(formatDuration(59_949, 'zh-CN')).toBe('59.9 秒');
    expect(formatDuration(60_000, 'zh-CN')).toBe('1 分 0 秒');
    expect(formatDuration(125_000, 'en')).toBe('2 min 5 s');
  });

  it('takes hours and minutes from an hour on', () => {
    expect(formatDuration(3_600_000, 'zh-CN')).toBe('1 小时 0 分');
    expect(formatDuration(3_720_000, 'en')).toBe('1 h 2 min');
  });

  it('shows a dash for a load still running', () => {
    expect(formatDuration(null, 'en')).toBe('—');
  });
});
