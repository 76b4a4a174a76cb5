import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups digits by three in both languages', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });

  it('leaves counts under a thousand alone and shows zero', () => {
    expect(formatCount(999, 'zh-CN')).toBe('999');
    expect(formatCount(1000, 'zh-CN')).toBe('1,000');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('shows a dash for a missing count', () => {
    expect(formatCount(null, 'zh-CN')).toBe('—');
  });
});
