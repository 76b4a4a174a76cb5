import { alertValueKind, formatAlertValue, formatDecimal } from './alert-value';

describe('alertValueKind', () => {
  it('knows what each rule measures and falls back to plain numbers', () => {
    expect(alertValueKind('PAY-LARGE')).toBe('amount');
    expect(alertValueKind('EXE-LAG')).toBe('points');
    expect(alertValueKind('SOE-LEVERAGE')).toBe('percent');
    expect(alertValueKind('NEW-RULE')).toBe('number');
  });
});

describe('formatDecimal', () => {
  it('rounds half away from zero and drops trailing zeros', () => {
    expect(formatDecimal('12.345000', 2)).toBe('12.35');
    expect(formatDecimal('12.344999', 2)).toBe('12.34');
    expect(formatDecimal('15.000000', 2)).toBe('15');
    expect(formatDecimal('1234567.5', 0)).toBe('1,234,568');
    expect(formatDecimal('-0.004', 2)).toBe('0');
  });
});

describe('formatAlertValue', () => {
  it('prints money exactly in 元/万元/亿元 without passing through a float', () => {
    expect(formatAlertValue('9999.990000', 'amount', 'zh-CN')).toBe('9,999.99元');
    expect(formatAlertValue('5000000.000000', 'amount', 'zh-CN')).toBe('500.00万元');
    expect(formatAlertValue('12345678901234567.890000', 'amount', 'zh-CN')).toBe('123,456,789.01亿元');
    expect(formatAlertValue('5000000.00', 'amount', 'en')).toBe('500.00 10k yuan');
  });

  it('prints ratios, which arrive in per cent, with up to two decimals', () => {
    expect(formatAlertValue('72.456789', 'percent', 'zh-CN')).toBe('72.46%');
    expect(formatAlertValue('70', 'percent', 'en')).toBe('70%');
  });

  it('names the unit of points, days, months and years in the current language', () => {
    expect(formatAlertValue('31.204500', 'points', 'zh-CN')).toBe('31.2 个百分点');
    expect(formatAlertValue('31.204500', 'points', 'en')).toBe('31.2 pp');
    expect(formatAlertValue('195.000000', 'days', 'zh-CN')).toBe('195 天');
    expect(formatAlertValue('5.125', 'months', 'en')).toBe('5.13 months');
    expect(formatAlertValue('3', 'years', 'zh-CN')).toBe('3 年');
  });

  it('keeps four decimals of a statistic and shows a missing value as a dash', () => {
    expect(formatAlertValue('0.021349', 'statistic', 'en')).toBe('0.0213');
    expect(formatAlertValue(null, 'amount', 'zh-CN')).toBe('—');
  });
});
