import { amountCell } from './amount-cell';

describe('amountCell', () => {
  it('shows 万元 with the exact yuan and its unit on hover, and a dash for no amount', () => {
    expect(amountCell('439725.00', 'zh-CN')).toEqual({ text: '43.97', exact: '439,725.00 元' });
    expect(amountCell('2399.98', 'zh-CN')).toEqual({ text: '0.24', exact: '2,399.98 元' });
    expect(amountCell('439725.00', 'en').exact).toBe('439,725.00 yuan');
    expect(amountCell(null, 'zh-CN')).toEqual({ text: '—', exact: '' });
    expect(amountCell(null, 'en')).toEqual({ text: '—', exact: '' });
  });
});
