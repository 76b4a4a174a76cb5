import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { alertsByPeriod, debtMonth } from './debt-fixtures';

const db = useRuleDatabase();

describe('DEBT-INTEREST 利息支出率', () => {
  it('sets the year’s interest against GPB + GFB payments: ≥ 10 % red', async () => {
    const cases: [string, string][] = [
      ['390201', '999.99'], // 9.9999 %
      ['390202', '1000.00'], // 10 %
      ['390203', '1000.01'],
    ];
    for (const [region, interest] of cases) {
      await debtMonth(db, { period: '2026-04', region, type: 'general', interest: '400.00' });
      await debtMonth(db, {
        period: '2026-10',
        region,
        type: 'special',
        interest: (Number(interest) - 400).toFixed(2),
      });
      await db.payment(`${region}-1`, '6000.00', { region, date: '2026-02-10', book: 'GPB' });
      await db.payment(`${region}-2`, '4500.00', { region, date: '2026-09-10', book: 'GFB' });
      await db.payment(`${region}-3`, '-500.00', { region, date: '2026-09-11', book: 'GFB' }); // a reversal
      await db.payment(`${region}-4`, '90000.00', { region, date: '2026-05-10', book: 'SCB' });
      await db.payment(`${region}-5`, '90000.00', { region, date: '2026-05-10', book: 'SIF' });
    }
    await db.detect('DEBT-INTEREST');
    assert.deepEqual(await alertsByPeriod(db, 'DEBT-INTEREST'), {
      '390202@2026': 'red',
      '390203@2026': 'red',
    });
    const alert = await db.alert('DEBT-INTEREST', '390202');
    assert.deepEqual([alert.measured_value, alert.threshold], ['10.000000', '10.000000']);
    assert.deepEqual([alert.evidence['interestPaid'], alert.evidence['expenditure']], ['1000.00', '10000.00']);
    assert.equal(
      alert.explanation_zh,
      '2026-01–2026-10支付债务利息1,000.00元，为同期一般公共预算和政府性基金预算支出10,000.00元的10.00%，达到10%',
    );
  });

  it('compares like with like: payments through the end of the latest debt month, capped at the as-of date', async () => {
    // Debt reported through October: November's payments (before the as-of date) are left out.
    await debtMonth(db, { period: '2026-10', region: '390201', interest: '1000.00' });
    await db.payment('A1', '9000.00', { region: '390201', date: '2026-10-31' });
    await db.payment('A2', '5000.00', { region: '390201', date: '2026-11-02' });
    // Debt reported for November: only payments up to the as-of date count.
    await debtMonth(db, { period: '2026-11', region: '390202', interest: '1000.00' });
    await db.payment('B1', '10000.00', { region: '390202', date: '2026-11-20' });
    await db.payment('B2', '5000.00', { region: '390202', date: '2026-11-21' });
    // A year without payments is not judged.
    await debtMonth(db, { period: '2025-12', region: '390202', interest: '1000.00' });
    await db.detect('DEBT-INTEREST', '2026-11-20');
    assert.deepEqual(await alertsByPeriod(db, 'DEBT-INTEREST'), { '390201@2026': 'red', '390202@2026': 'red' });
  });

  it('stays quiet at a low interest burden', async () => {
    await debtMonth(db, { period: '2026-10', region: '390100', interest: '150.00' });
    await db.payment('P1', '10000.00', { region: '390100', date: '2026-03-03' });
    await db.detect('DEBT-INTEREST');
    assert.deepEqual(await alertsByPeriod(db, 'DEBT-INTEREST'), {});
  });
});
