import { samplePayment, samplePaymentPage } from '../testing/execution-fixtures';
import { buildPaymentRow, buildPaymentRows, paymentTotalText } from './payment-rows';

describe('buildPaymentRow', () => {
  it('prints the date in Chinese, the exact amount in yuan and the labels', () => {
    expect(buildPaymentRow(samplePayment(), 'zh-CN')).toEqual({
      voucherNo: 'ZF202639011290100001',
      date: '2026年3月5日',
      payee: '临江市青岚印务有限公司',
      payeeType: '单位',
      payMethod: '直接支付',
      amount: '23,800.00',
      negative: false,
      funcCode: '2130599',
      econCode: '30201',
      lineId: 'ZB2026390112901001',
      purpose: '宣传资料印刷',
    });
  });

  it('prints a reversal, a masked individual and a payment naming no line', () => {
    const [, reversal] = buildPaymentRows(samplePaymentPage(), 'en');
    expect(reversal).toEqual(
      jasmine.objectContaining({
        date: '18 Nov 2026',
        payee: '王*明',
        payeeType: 'Individual',
        payMethod: 'Authorized',
        amount: '-1,200.50',
        negative: true,
        lineId: 'None',
        purpose: '—',
      }),
    );
  });

  it('shows an unknown code as sent', () => {
    expect(buildPaymentRow(samplePayment({ payMethod: 'cheque' }), 'zh-CN').payMethod).toBe('cheque');
  });
});

describe('paymentTotalText', () => {
  it('counts every matching payment and sums them in a fitting unit', () => {
    expect(paymentTotalText(samplePaymentPage(), 'zh-CN')).toBe('共 37 笔，合计 108.00万元');
    expect(paymentTotalText(samplePaymentPage({ total: 12345, totalAmount: '123456789.00' }), 'en')).toBe(
      '12,345 payments, 1.23 100M yuan in total',
    );
  });
});
