import { linePercent, percentText, ratioToChartPercent } from './percent-text';

describe('percentText', () => {
  it('truncates toward zero going down, so that 99.9999 % never reads as 100.00 %', () => {
    expect(percentText('0.999999', 'down')).toBe('99.99%');
    expect(percentText('1.200000', 'down')).toBe('120.00%');
    expect(percentText('0.0501', 'down', 1)).toBe('5.0%');
  });

  it('rounds away from zero going up, so that 5.0001 % never reads as 5.00 %', () => {
    expect(percentText('0.050001', 'up')).toBe('5.01%');
    expect(percentText('0.050000', 'up')).toBe('5.00%');
  });

  it('groups thousands, keeps the sign and shows a missing ratio as a dash', () => {
    expect(percentText('12.345678', 'down')).toBe('1,234.56%');
    expect(percentText('-0.123456', 'down')).toBe('-12.34%');
    expect(percentText('-0.00001', 'down')).toBe('0.00%');
    expect(percentText('0.2', 'down', 0)).toBe('20%');
    expect(percentText(null, 'down')).toBe('—');
  });

  it('refuses what is not a decimal', () => {
    expect(() => percentText('1e-3', 'down')).toThrowError(/not a decimal/);
  });
});

describe('linePercent', () => {
  it('shows a threshold without trailing zeros', () => {
    expect(linePercent('1')).toBe('100%');
    expect(linePercent('1.2')).toBe('120%');
    expect(linePercent('0.65')).toBe('65%');
    expect(linePercent('0.655')).toBe('65.5%');
    expect(linePercent('0.05')).toBe('5%');
    expect(linePercent('0')).toBe('0%');
  });
});

describe('ratioToChartPercent', () => {
  it('gives the truncated percentage as a number, and null for none', () => {
    expect(ratioToChartPercent('1.199999')).toBe(119.99);
    expect(ratioToChartPercent('12.5')).toBe(1250);
    expect(ratioToChartPercent(null)).toBeNull();
  });
});
