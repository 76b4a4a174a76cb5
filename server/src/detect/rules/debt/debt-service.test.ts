import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { capacity, debtMonth } from './debt-fixtures';

const db = useRuleDatabase();

describe('DEBT-SERVICE 偿债率', () => {
  it('sums principal and interest over the year’s months and types: ≥ 20 % of 综合财力 orange', async () => {
    const cases: [string, string][] = [
      ['390201', '249.99'], // 19.9999 %
      ['390202', '250.00'], // 20 %
      ['390203', '250.01'],
    ];
    for (const [region, interest] of cases) {
      await capacity(db, region, 2026, '10000.00');
      await debtMonth(db, { period: '2026-03', region, type: 'general', principal: '1000.00' });
      await debtMonth(db, { period: '2026-07', region, type: 'special', principal: '500.00', interest: '250.00' });
      await debtMonth(db, { period: '2026-10', region, type: 'general', balance: '9000.00' });
      await debtMonth(db, { period: '2026-10', region, type: 'special', interest });
    }
    await db.detect('DEBT-SERVICE');
    assert.deepEqual(await db.alertsByPeriod('DEBT-SERVICE'), {
      '390202@2026': 'orange',
      '390203@2026': 'orange',
    });
    const alert = await db.alert('DEBT-SERVICE', '390202');
    assert.deepEqual([alert.measured_value, alert.threshold], ['20.000000', '20.000000']);
    assert.deepEqual(alert.evidence['periods'], ['2026-03', '2026-07', '2026-10']);
    assert.deepEqual([alert.evidence['principalRepaid'], alert.evidence['interestPaid']], ['1500.00', '500.00']);
    assert.equal(
      alert.explanation_zh,
      '2026-03–2026-10偿还债务本金1,500.00元、支付利息500.00元，合计为2026年综合财力10,000.00元（报送）的20.00%，达到20%',
    );
  });

  it('keeps years apart and ignores months after the as-of month', async () => {
    await capacity(db, '390201', 2025, '10000.00');
    await capacity(db, '390201', 2026, '10000.00');
    await debtMonth(db, { period: '2025-12', region: '390201', principal: '1500.00' });
    await debtMonth(db, { period: '2026-10', region: '390201', principal: '1500.00' });
    await debtMonth(db, { period: '2026-11', region: '390201', principal: '600.00' });
    await db.detect('DEBT-SERVICE', '2026-10-31');
    assert.deepEqual(await db.alertsByPeriod('DEBT-SERVICE'), {});
    await db.detect('DEBT-SERVICE', '2026-11-20');
    assert.deepEqual(await db.alertsByPeriod('DEBT-SERVICE'), { '390201@2026': 'orange' });
  });
});
