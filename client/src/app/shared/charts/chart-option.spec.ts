import { formatChartNumber, percentAxisMax } from './chart-option';

describe('percentAxisMax', () => {
  it('is 100 while every value is at most 100', () => {
    expect(percentAxisMax([45.1, null, 100])).toBe(100);
    expect(percentAxisMax([])).toBe(100);
  });

  it('rounds up to the next ten above 100', () => {
    expect(percentAxisMax([100.01])).toBe(110);
    expect(percentAxisMax([130])).toBe(130);
  });
});

describe('formatChartNumber', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatChartNumber(1234.5)).toBe('1,234.50');
    expect(formatChartNumber(0)).toBe('0.00');
    expect(formatChartNumber(-12345.678, 1)).toBe('-12,345.7');
    expect(formatChartNumber(-0.001)).toBe('0.00');
  });
});
