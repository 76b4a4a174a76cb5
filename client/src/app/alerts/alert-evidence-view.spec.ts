import { buildEvidenceView, evidenceLabel } from './alert-evidence-view';

describe('buildEvidenceView', () => {
  it('lists vouchers and budget lines and labels the known keys, money in exact yuan', () => {
    const view = buildEvidenceView(
      { vouchers: ['V1', 'V2'], lineIds: ['L1'], agencyCode: '390102001', amount: '6200000.00', payee: '某公司' },
      'zh-CN',
    );
    expect(view.lists).toEqual([
      { key: 'vouchers', label: '支付凭证号', items: ['V1', 'V2'] },
      { key: 'lineIds', label: '预算指标', items: ['L1'] },
    ]);
    expect(view.facts).toEqual([
      { key: 'agencyCode', label: '预算单位代码', value: '390102001' },
      { key: 'payee', label: '收款人', value: '某公司' },
      { key: 'amount', label: '金额', value: '6,200,000.00元' },
    ]);
    expect(view.empty).toBeFalse();
  });

  it('shows a cluster’s payments as a table', () => {
    const view = buildEvidenceView(
      {
        payments: [
          { voucher: 'V1', date: '2026-03-01', amount: '600000.00' },
          { voucher: 'V2', date: '2026-03-04', amount: 550000 },
        ],
      },
      'en',
    );
    expect(view.payments).toEqual([
      { voucher: 'V1', date: '2026-03-01', amount: '600,000.00' },
      { voucher: 'V2', date: '2026-03-04', amount: '550,000.00' },
    ]);
    expect(view.facts).toEqual([]);
  });

  it('prints rates in per cent and books by name, in the current language', () => {
    const view = buildEvidenceView({ book: 'GPB', executionRate: '41.234567', timeProgress: '0.5' }, 'en');
    expect(view.facts.map((fact) => fact.value)).toEqual(['General public budget GPB', '41.23%', '0.5%']);
  });

  it('keeps unknown keys by name after the known ones, nested values flattened to text', () => {
    const view = buildEvidenceView(
      {
        netProfits: { '2024': '-1200.00', '2025': '-30.00' },
        digits: [
          { digit: 1, count: 30 },
          { digit: 2, count: 12 },
        ],
        n: 320,
        enterpriseCode: 'E1',
        books: ['GPB', 'GFB'],
        note: null,
      },
      'zh-CN',
    );
    expect(view.facts).toEqual([
      { key: 'enterpriseCode', label: '企业代码', value: 'E1' },
      { key: 'netProfits', label: 'netProfits', value: '2024: -1200.00 · 2025: -30.00' },
      { key: 'digits', label: 'digits', value: 'digit: 1 · count: 30; digit: 2 · count: 12' },
      { key: 'n', label: 'n', value: '320' },
      { key: 'note', label: 'note', value: '—' },
    ]);
    expect(view.lists).toEqual([{ key: 'books', label: 'books', items: ['GPB', 'GFB'] }]);
  });

  it('is empty for an alert without evidence', () => {
    expect(buildEvidenceView({}, 'zh-CN')).toEqual({ lists: [], payments: [], facts: [], empty: true });
  });
});

describe('evidenceLabel', () => {
  it('labels a known key and keeps an unknown one', () => {
    expect(evidenceLabel('vouchers', 'en')).toBe('Payment vouchers');
    expect(evidenceLabel('chiSquare', 'zh-CN')).toBe('chiSquare');
  });
});
