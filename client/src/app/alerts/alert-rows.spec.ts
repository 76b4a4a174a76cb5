import { sampleAlert } from '../testing/alert-fixtures';
import { buildAlertRow, buildAlertRows } from './alert-rows';

describe('buildAlertRow', () => {
  it('prints an alert in Chinese: tags, rule name, money in 万元 and the Chinese explanation', () => {
    const row = buildAlertRow(sampleAlert(), 'zh-CN');
    expect(row).toEqual(
      jasmine.objectContaining({
        id: '7',
        severity: { key: 'yellow', label: '黄', color: 'gold' },
        ruleCode: 'PAY-LARGE',
        ruleName: '大额支付',
        regionName: '城东区',
        entityKey: 'V2026000123',
        period: '2026-03-15',
        value: '620.00万元',
        threshold: '500.00万元',
        explanation: '单笔支付620万元，达到大额支付阈值500万元',
        status: { key: 'new', label: '新发现', color: 'blue' },
        resolved: null,
      }),
    );
    expect(row.detected).toMatch(/^2026年11月20日 \d{2}:05$/);
  });

  it('switches names and explanation to English and prints the rule’s own unit', () => {
    const row = buildAlertRow(
      sampleAlert({ ruleCode: 'EXE-LAG', value: '31.204500', threshold: '30', severity: 'red' }),
      'en',
    );
    expect(row.ruleName).toBe('Large payment');
    expect(row.explanation).toContain('at or above the threshold');
    expect(row.value).toBe('31.2 pp');
    expect(row.threshold).toBe('30 pp');
    expect(row.severity.label).toBe('Red');
  });

  it('marks a resolved alert, names a region by code when its name is unknown and dashes a missing value', () => {
    const row = buildAlertRow(
      sampleAlert({ resolvedAt: '2026-11-22T00:00:00Z', regionName: null, threshold: null }),
      'zh-CN',
    );
    expect(row.resolved).toEqual({ label: '已消除', color: 'green' });
    expect(row.regionName).toBe('390102');
    expect(row.threshold).toBe('—');
  });

  it('gives the deadline of an assigned alert when it is known, and none for other statuses', () => {
    expect(buildAlertRow({ ...sampleAlert({ status: 'assigned' }), deadline: '2026-12-08' }, 'zh-CN').deadline).toBe(
      '期限 2026年12月8日',
    );
    expect(buildAlertRow({ ...sampleAlert({ status: 'assigned' }), deadline: '2026-12-08' }, 'en').deadline).toBe(
      'Due 8 Dec 2026',
    );
    expect(
      buildAlertRow({ ...sampleAlert({ status: 'replied' }), deadline: '2026-12-08' }, 'zh-CN').deadline,
    ).toBeNull();
    expect(buildAlertRow(sampleAlert({ status: 'assigned' }), 'zh-CN').deadline).toBeNull();
  });
});

describe('buildAlertRows', () => {
  it('keeps the server’s order (most severe first)', () => {
    const rows = buildAlertRows([sampleAlert({ id: '1', severity: 'red' }), sampleAlert({ id: '2' })], 'zh-CN');
    expect(rows.map((row) => row.id)).toEqual(['1', '2']);
  });
});
