import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scopeYears, type RuleContext } from '../../rule-descriptor';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { debtInterest } from './debt-interest';
import { debtMonth } from './debt-fixtures';
import { debtPositions } from './debt-positions';

const db = useRuleDatabase();

describe('DEBT-INTEREST 利息支出率', () => {
  it('sets the year’s interest against GPB + GFB payments: ≥ 10 % red', async () => {
    // October's interest on top of April's 400.00.
    const cases: [string, string][] = [
      ['390201', '599.99'], // 999.99 in all: 9.9999 %
      ['390202', '600.00'], // 1,000.00: 10 %
      ['390203', '600.01'], // 1,000.01
    ];
    for (const [region, interest] of cases) {
      await debtMonth(db, { period: '2026-04', region, type: 'general', interest: '400.00' });
      await debtMonth(db, { period: '2026-10', region, type: 'special', interest });
      await db.payment(`${region}-1`, '6000.00', { region, date: '2026-02-10', book: 'GPB' });
      await db.payment(`${region}-2`, '4500.00', { region, date: '2026-09-10', book: 'GFB' });
      await db.payment(`${region}-3`, '-500.00', { region, date: '2026-09-11', book: 'GFB' }); // a reversal
      await db.payment(`${region}-4`, '90000.00', { region, date: '2026-05-10', book: 'SCB' });
      await db.payment(`${region}-5`, '90000.00', { region, date: '2026-05-10', book: 'SIF' });
    }
    await db.detect('DEBT-INTEREST');
    assert.deepEqual(await db.alertsByPeriod('DEBT-INTEREST'), {
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
    assert.deepEqual(await db.alertsByPeriod('DEBT-INTEREST'), { '390201@2026': 'red', '390202@2026': 'red' });
  });

  it('stays quiet at a low interest burden', async () => {
    await debtMonth(db, { period: '2026-10', region: '390100', interest: '150.00' });
    await db.payment('P1', '10000.00', { region: '390100', date: '2026-03-03' });
    await db.detect('DEBT-INTEREST');
    assert.deepEqual(await db.alertsByPeriod('DEBT-INTEREST'), {});
  });

  it('on an incremental run reads the debt positions and payments of the years in scope only', async () => {
    for (const year of [2025, 2026]) {
      await debtMonth(db, { period: `${year}-10`, region: '390201', interest: '1000.00' });
      await db.payment(`A${year}`, '5000.00', { region: '390201', date: `${year}-03-03` });
    }
    await db.syncPaymentSummary();
    const context: RuleContext<{ red: number }> = {
      db: db.pool,
      asOf: '2026-11-20',
      now: '2026-11-20T08:00:00Z',
      regions: null,
      paramsFor: () => debtInterest.defaults,
      allParams: () => [debtInterest.defaults],
      window: { from: '2026-10-01', to: '2026-10-31' },
    };
    assert.deepEqual(
      (await debtPositions(context, scopeYears(context))).map((p) => p.fiscalYear),
      [2026],
    );
    assert.deepEqual(
      (await debtInterest.compute(context)).map((f) => [f.entityKey, f.period, f.severity]),
      [['390201', '2026', 'red']],
    );
  });
});
