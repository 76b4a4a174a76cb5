import { formatPercent, percentagePointGap, ratioToPercentNumber } from './format-percent';

describe('formatPercent', () => {
  it('prints one decimal by default and two on request', () => {
    expect(formatPercent('0.4512')).toBe('45.1%');
    expect(formatPercent('0.4512', 2)).toBe('45.12%');
  });

  it('rounds half up at the last shown digit', () => {
    expect(formatPercent('0.49550')).toBe('49.6%');
    expect(formatPercent('0.49549')).toBe('49.5%');
  });

  it('shows zero, full and over-full ratios', () => {
    expect(formatPercent('0')).toBe('0.0%');
    expect(formatPercent('1.000000')).toBe('100.0%');
    expect(formatPercent('12.5')).toBe('1,250.0%');
  });

  it('shows negative ratios (net reversals) with their sign', () => {
    expect(formatPercent('-0.0123', 2)).toBe('-1.23%');
  });

  it('shows a dash for a missing ratio', () => {
    expect(formatPercent(null)).toBe('—');
  });
});

describe('percentagePointGap', () => {
  it('gives rate minus reference in points, exactly', () => {
    expect(percentagePointGap('0.451200', '0.495890')).toBe('-4.5');
    expect(percentagePointGap('0.6', '0.5')).toBe('10.0');
    expect(percentagePointGap('0.5', '0.5')).toBe('0.0');
  });

  it('is null when either side is missing', () => {
    expect(percentagePointGap(null, '0.5')).toBeNull();
    expect(percentagePointGap('0.5', null)).toBeNull();
  });
});

describe('ratioToPercentNumber', () => {
  it('converts to a percent number with two decimals', () => {
    expect(ratioToPercentNumber('0.495890')).toBe(49.59);
    expect(ratioToPercentNumber('0.1')).toBe(10);
  });

  it('keeps null as null so the chart draws no bar', () => {
    expect(ratioToPercentNumber(null)).toBeNull();
  });
});
