import { formatParamValue, paramEntries, paramsSummary } from './rule-params';

describe('formatParamValue', () => {
  it('groups thousands, keeps small fractions and joins lists', () => {
    expect(formatParamValue(1000000)).toBe('1,000,000');
    expect(formatParamValue(0.015)).toBe('0.015');
    expect(formatParamValue(['30212', '30217'])).toBe('30212, 30217');
    expect(formatParamValue('adjustment')).toBe('adjustment');
    expect(formatParamValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('paramEntries', () => {
  it('keeps the set’s order', () => {
    expect(paramEntries({ yellowPoints: 15, minBudget: 1000000 })).toEqual([
      { key: 'yellowPoints', value: '15' },
      { key: 'minBudget', value: '1,000,000' },
    ]);
  });
});

describe('paramsSummary', () => {
  it('puts a set on one line and is empty without parameters', () => {
    expect(paramsSummary({ yellowPoints: 15, redPoints: 30 })).toBe('yellowPoints = 15 · redPoints = 30');
    expect(paramsSummary({})).toBe('');
  });
});
