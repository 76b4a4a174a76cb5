import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { debtMonth } from './debt-fixtures';

const db = useRuleDatabase();

describe('DEBT-OVERDUE 逾期债务率', () => {
  it('climbs 10 / 20 / 50 % of the balance, both debt types together', async () => {
    const cases: [string, string][] = [
      ['390201', '999.99'],
      ['390202', '1000.00'],
      ['390203', '1999.99'],
      ['390204', '2000.00'],
      ['390205', '4999.99'],
      ['390206', '5000.00'],
    ];
    for (const [region, overdue] of cases) {
      await debtMonth(db, { period: '2026-10', region, type: 'general', balance: '4000.00', overdue: '0.00' });
      await debtMonth(db, { period: '2026-10', region, type: 'special', balance: '6000.00', overdue });
    }
    await db.detect('DEBT-OVERDUE');
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERDUE'), {
      '390202@2026': 'yellow',
      '390203@2026': 'yellow',
      '390204@2026': 'orange',
      '390205@2026': 'orange',
      '390206@2026': 'red',
    });
    const alert = await db.alert('DEBT-OVERDUE', '390204');
    assert.deepEqual([alert.measured_value, alert.threshold], ['20.000000', '20.000000']);
    assert.equal(alert.explanation_zh, '2026年10月末逾期债务2,000.00元，占政府债务余额10,000.00元的20.00%，达到20%');
  });

  it('reads the latest month up to the as-of month and stays quiet when nothing is overdue', async () => {
    await debtMonth(db, { period: '2026-09', region: '390201', balance: '10000.00', overdue: '6000.00' });
    await debtMonth(db, { period: '2026-10', region: '390201', balance: '10000.00', overdue: '0.00' });
    await debtMonth(db, { period: '2026-12', region: '390201', balance: '10000.00', overdue: '6000.00' });
    await db.detect('DEBT-OVERDUE', '2026-11-20');
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERDUE'), {});
  });

  it('judges only the regions in scope of a run for one region', async () => {
    for (const region of ['390102', '390121'])
      await debtMonth(db, { period: '2026-10', region, balance: '10000.00', overdue: '6000.00' });
    await db.detect('DEBT-OVERDUE', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERDUE'), { '390102@2026': 'red' });
  });
});
