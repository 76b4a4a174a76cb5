import { buildEnterpriseRows } from './enterprise-rows';
import { sampleStateAssets } from './testing/state-assets-fixtures';

describe('buildEnterpriseRows', () => {
  it('gives each enterprise’s figures in 万元 and its ratios with the rungs reached', () => {
    const [first, , losing, empty] = buildEnterpriseRows(sampleStateAssets(), 'zh-CN');
    expect(first).toEqual(
      jasmine.objectContaining({
        name: '临江新城置业发展有限公司',
        owner: '临江市 · 临江市国资委',
        industryClass: '非工业',
        assets: { text: '900,000.00', exact: '9,000,000,000.00 元', negative: false },
        leverage: { text: '76.80%', severity: 'red' },
        preservation: { text: '93.00%', severity: 'yellow' },
        unpaid: { text: '32.00%', severity: 'orange' },
      }),
    );
    expect(losing!.netProfit).toEqual({ text: '-3,000.00', exact: '-30,000,000.00 元', negative: true });
    expect(losing!.lossRun).toBe('连续亏损2年');
    expect(losing!.unpaid.text).toBe('—');
    expect(empty!.annualPeriod).toBe('—');
    expect(empty!.netProfit.text).toBe('—');
  });

  it('rounds the unpaid share up, as its line is a "more than" line', () => {
    const data = sampleStateAssets();
    data.enterprises[0] = { ...data.enterprises[0]!, unpaid: { value: '0.050001', severity: 'orange' } };
    expect(buildEnterpriseRows(data, 'en')[0]!.unpaid.text).toBe('5.01%');
  });
});
