import { fixedDecimalToString, groupThousands, integerDigitCount, subtractDecimal, toFixedDecimal } from './decimal';

describe('toFixedDecimal', () => {
  const fixed = (value: string, digits: number, shift = 0) => fixedDecimalToString(toFixedDecimal(value, digits, shift), false);

  it('rounds half away from zero at the boundary digit', () => {
    expect(fixed('1.004', 2)).toBe('1.00');
    expect(fixed('1.005', 2)).toBe('1.01');
    expect(fixed('-1.005', 2)).toBe('-1.01');
    expect(fixed('-1.004', 2)).toBe('-1.00');
  });

  it('pads with zeros when the value has fewer digits than asked', () => {
    expect(fixed('7', 2)).toBe('7.00');
    expect(fixed('0.5', 3)).toBe('0.500');
  });

  it('moves the decimal point left by the shift before rounding', () => {
    expect(fixed('1234567.89', 2, 4)).toBe('123.46');
    expect(fixed('1234567.89', 2, 8)).toBe('0.01');
    expect(fixed('49999.99', 0, 4)).toBe('5');
  });

  it('moves the decimal point right for a negative shift (ratio to percent)', () => {
    expect(fixed('0.4512', 1, -2)).toBe('45.1');
    expect(fixed('1', 1, -2)).toBe('100.0');
  });

  it('never yields negative zero', () => {
    expect(toFixedDecimal('-0.004', 2)).toEqual({ negative: false, integer: '0', fraction: '00' });
    expect(fixed('-0.00', 2)).toBe('0.00');
  });

  it('keeps every digit of values beyond 2^53', () => {
    expect(fixed('98765432109876543.21', 2)).toBe('98765432109876543.21');
    expect(fixed('9007199254740993.005', 2)).toBe('9007199254740993.01');
  });

  it('rejects text that is not a decimal number', () => {
    expect(() => toFixedDecimal('1,234.00', 2)).toThrowError(/not a decimal/);
    expect(() => toFixedDecimal('NaN', 2)).toThrowError(/not a decimal/);
  });
});

describe('groupThousands', () => {
  it('groups by three from the right and leaves short numbers alone', () => {
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('123')).toBe('123');
    expect(groupThousands('1000')).toBe('1,000');
  });
});

describe('fixedDecimalToString', () => {
  it('writes the sign, grouping and fraction', () => {
    expect(fixedDecimalToString({ negative: true, integer: '1234', fraction: '50' })).toBe('-1,234.50');
    expect(fixedDecimalToString({ negative: false, integer: '1234', fraction: '' }, false)).toBe('1234');
  });
});

describe('subtractDecimal', () => {
  it('subtracts exactly across different scales and signs', () => {
    expect(subtractDecimal('0.451200', '0.5')).toBe('-0.048800');
    expect(subtractDecimal('0.1', '0.3')).toBe('-0.2');
    expect(subtractDecimal('1', '0.25')).toBe('0.75');
    expect(subtractDecimal('5', '5')).toBe('0');
  });
});

describe('integerDigitCount', () => {
  it('counts integer digits of the magnitude', () => {
    expect(integerDigitCount('0.99')).toBe(0);
    expect(integerDigitCount('9999.99')).toBe(4);
    expect(integerDigitCount('-10000')).toBe(5);
    expect(integerDigitCount('00012.5')).toBe(2);
    expect(integerDigitCount('0')).toBe(0);
  });
});
