import { amountToNumber, amountUnitLabel, formatAmount, formatAmountParts, formatYuan, pickAmountUnit } from './format-amount';

describe('pickAmountUnit', () => {
  it('keeps 元 just under 1 万, takes 万元 at 1 万', () => {
    expect(pickAmountUnit('9999.99')).toBe('yuan');
    expect(pickAmountUnit('10000.00')).toBe('wan');
  });

  it('keeps 万元 just under 1 亿, takes 亿元 at 1 亿', () => {
    expect(pickAmountUnit('99999999.99')).toBe('wan');
    expect(pickAmountUnit('100000000.00')).toBe('yi');
  });

  it('picks by magnitude for negative amounts', () => {
    expect(pickAmountUnit('-250000000.00')).toBe('yi');
  });
});

describe('formatAmountParts', () => {
  it('converts to 万元 and rounds half up on the exact digits', () => {
    expect(formatAmountParts('12345.00', 'zh-CN')).toEqual({ value: '1.23', unit: 'wan', unitLabel: '万元' });
    expect(formatAmountParts('12345.00', 'zh-CN', { unit: 'wan', digits: 3 }).value).toBe('1.235');
    expect(formatAmountParts('12344.99', 'zh-CN', { unit: 'wan', digits: 3 }).value).toBe('1.234');
  });

  it('converts to 亿元 with thousands separators', () => {
    expect(formatAmountParts('123456789012.34', 'zh-CN')).toEqual({ value: '1,234.57', unit: 'yi', unitLabel: '亿元' });
  });

  it('moves to the next unit when rounding reaches 10,000 of the picked one', () => {
    expect(formatAmount('99999999.99', 'zh-CN')).toBe('1.00亿元');
    expect(formatAmount('9999.995', 'zh-CN')).toBe('1.00万元');
    expect(formatAmount('9999.99', 'zh-CN')).toBe('9,999.99元');
  });

  it('honours a fixed unit even for small or large values', () => {
    expect(formatAmount('5000.00', 'zh-CN', { unit: 'yi' })).toBe('0.00亿元');
    expect(formatAmount('123456789012.34', 'zh-CN', { unit: 'wan' })).toBe('12,345,678.90万元');
  });

  it('formats negatives and zero', () => {
    expect(formatAmount('-1234567.89', 'zh-CN')).toBe('-123.46万元');
    expect(formatAmount('0.00', 'zh-CN')).toBe('0.00元');
    expect(formatAmount('-0.001', 'zh-CN')).toBe('0.00元');
  });

  it('stays exact beyond 2^53', () => {
    expect(formatAmount('9007199254740993.57', 'zh-CN')).toBe('90,071,992.55亿元');
    expect(formatAmount('9007199254740993.57', 'zh-CN', { unit: 'yuan' })).toBe('9,007,199,254,740,993.57元');
  });

  it('writes English unit labels after a space', () => {
    expect(formatAmount('123456789012.34', 'en')).toBe('1,234.57 100M yuan');
    expect(formatAmount('12345.00', 'en')).toBe('1.23 10k yuan');
    expect(amountUnitLabel('yuan', 'en')).toBe('yuan');
  });
});

describe('formatYuan', () => {
  it('prints exact yuan with two decimals and separators', () => {
    expect(formatYuan('1234567.89')).toBe('1,234,567.89');
    expect(formatYuan('1300000.1')).toBe('1,300,000.10');
    expect(formatYuan('-0.01')).toBe('-0.01');
    expect(formatYuan('0')).toBe('0.00');
    expect(formatYuan('98765432109876543.21')).toBe('98,765,432,109,876,543.21');
  });
});

describe('amountToNumber', () => {
  it('gives chart values in the unit, rounded before becoming a float', () => {
    expect(amountToNumber('123456789012.34', 'yi')).toBe(1234.57);
    expect(amountToNumber('30000000.00', 'yi')).toBe(0.3);
    expect(amountToNumber('-50000.00', 'wan')).toBe(-5);
  });
});
