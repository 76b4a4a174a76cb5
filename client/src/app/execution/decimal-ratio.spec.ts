import { ratioOf, sumMoney } from './decimal-ratio';

describe('sumMoney', () => {
  it('adds exactly, across signs and scales', () => {
    expect(sumMoney(['0.10', '0.2'])).toBe('0.30');
    expect(sumMoney(['100', '-100.01'])).toBe('-0.01');
    expect(sumMoney([])).toBe('0.00');
  });

  it('keeps every digit beyond 2^53', () => {
    expect(sumMoney(['9007199254740993.01', '0.01'])).toBe('9007199254740993.02');
  });
});

describe('ratioOf', () => {
  it('divides to six decimals, rounding half away from zero', () => {
    expect(ratioOf('1080000.00', '2400000.00')).toBe('0.450000');
    expect(ratioOf('1', '3')).toBe('0.333333');
    expect(ratioOf('2', '3')).toBe('0.666667');
    expect(ratioOf('-2', '3')).toBe('-0.666667');
    expect(ratioOf('180000', '150000')).toBe('1.200000');
  });

  it('is null without a denominator', () => {
    expect(ratioOf('5', '0.00')).toBeNull();
  });

  it('never gives a negative zero', () => {
    expect(ratioOf('-0.01', '100000000')).toBe('0.000000');
  });
});
