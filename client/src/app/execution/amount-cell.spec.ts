import { amountCell } from './amount-cell';

describe('amountCell', () => {
  it('prints 万元 with two decimals whatever the size, exact yuan beside', () => {
    expect(amountCell('23800.00', 'zh-CN')).toEqual({ text: '2.38', exact: '23,800.00', negative: false });
    expect(amountCell('12345678901.23', 'en')).toEqual({ text: '1,234,567.89', exact: '12,345,678,901.23', negative: false });
  });

  it('marks negatives, but not an amount that rounds to zero', () => {
    expect(amountCell('-50000.00', 'zh-CN')).toEqual({ text: '-5.00', exact: '-50,000.00', negative: true });
    expect(amountCell('-0.40', 'zh-CN').negative).toBeFalse();
  });
});
