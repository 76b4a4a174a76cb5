import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { collect } from '../revenue/revenue-fixtures';
import { capacity, debtMonth } from './debt-fixtures';

const db = useRuleDatabase();

describe('DEBT-RATIO 债务率', () => {
  it('sets general + special balance against 综合财力: ≥ 100 % orange, ≥ 120 % red', async () => {
    const cases: [string, string][] = [
      ['390201', '5999.99'], // 99.9999 %
      ['390202', '6000.00'], // 100 %
      ['390203', '7999.99'], // 119.9999 %
      ['390204', '8000.00'], // 120 %
      ['390205', '8000.01'],
    ];
    for (const [region, special] of cases) {
      await capacity(db, region, 2026, '10000.00');
      await debtMonth(db, { period: '2026-10', region, type: 'general', balance: '4000.00' });
      await debtMonth(db, { period: '2026-10', region, type: 'special', balance: special });
    }
    await db.detect('DEBT-RATIO');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), {
      '390202@2026': 'orange',
      '390203@2026': 'orange',
      '390204@2026': 'red',
      '390205@2026': 'red',
    });
    const alert = await db.alert('DEBT-RATIO', '390204');
    assert.deepEqual([alert.measured_value, alert.threshold], ['120.000000', '120.000000']);
    assert.deepEqual(alert.evidence['balancePeriods'], { general: '2026-10', special: '2026-10' });
    assert.deepEqual([alert.evidence['balance'], alert.evidence['fiscalCapacitySource']], ['12000.00', 'reported']);
    assert.equal(
      alert.explanation_zh,
      '2026年10月末政府债务余额12,000.00元，为2026年综合财力10,000.00元（报送）的120.00%，达到120%',
    );
  });

  it('compares the exact ratio: 10^10-yuan balances just under and just over each line', async () => {
    const cases: [string, string][] = [
      ['390201', '9999999999.99'], // 99.9999999999 %: 100.000000 once rounded to 6 decimals, still below the line
      ['390202', '10000000000.01'], // 100.0000000001 %
      ['390203', '11999999999.99'], // 119.9999999999 %
      ['390204', '12000000000.01'], // 120.0000000001 %
    ];
    for (const [region, balance] of cases) {
      await capacity(db, region, 2026, '10000000000.00');
      await debtMonth(db, { period: '2026-10', region, balance });
    }
    await db.detect('DEBT-RATIO');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), {
      '390202@2026': 'orange',
      '390203@2026': 'orange',
      '390204@2026': 'red',
    });
    const alert = await db.alert('DEBT-RATIO', '390203');
    assert.deepEqual([alert.measured_value, alert.threshold], ['120.000000', '100.000000']);
    assert.equal(
      alert.explanation_zh,
      '2026年10月末政府债务余额11,999,999,999.99元，为2026年综合财力10,000,000,000.00元（报送）的119.99%，达到100%',
    );
  });

  it('reads each year at its latest month up to the as-of month', async () => {
    await capacity(db, '390201', 2025, '10000.00');
    await capacity(db, '390201', 2026, '10000.00');
    await debtMonth(db, { period: '2025-06', region: '390201', balance: '13000.00' });
    await debtMonth(db, { period: '2025-12', region: '390201', balance: '10500.00' });
    await debtMonth(db, { period: '2026-10', region: '390201', balance: '9000.00' });
    await debtMonth(db, { period: '2026-11', region: '390201', balance: '12500.00' });
    await db.detect('DEBT-RATIO', '2026-10-31');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), { '390201@2025': 'orange' });
    await db.detect('DEBT-RATIO', '2026-11-20');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), { '390201@2025': 'orange', '390201@2026': 'red' });
  });

  it('derives 综合财力 from revenue where it is not reported: a completed year collected, the current year budgeted', async () => {
    // 2025 collected 10,000 against a budget of 9,000; 2026 has collected little of a 10,000 budget so far.
    const rows: [number, number, string, string, string, string][] = [
      [2025, 12, 'GPB', '10101', '4000.00', '6000.00'],
      [2025, 12, 'GPB', '11002', '3000.00', '2000.00'],
      [2025, 12, 'GFB', '1030148', '1500.00', '1500.00'],
      [2025, 12, 'SCB', '1030601', '500.00', '500.00'],
      [2026, 10, 'GPB', '10101', '5000.00', '100.00'],
      [2026, 10, 'GPB', '11002', '3000.00', '100.00'],
      [2026, 10, 'GFB', '1030148', '1500.00', '100.00'],
      [2026, 10, 'SCB', '1030601', '500.00', '100.00'],
    ];
    for (const [year, through, book, code, budget, actual] of rows)
      await collect(db, { region: '390201', year, through, book, code, budget, actual });
    for (const year of [2025, 2026]) {
      // Neither borrowing nor social insurance is capacity.
      await collect(db, { region: '390201', year, code: '105', budget: '9000.00', actual: '9000.00', through: 10 });
      await collect(db, {
        region: '390201',
        year,
        book: 'SIF',
        code: '102',
        budget: '9000.00',
        actual: '9000.00',
        through: 10,
      });
    }
    await debtMonth(db, { period: '2025-12', region: '390201', balance: '10000.00' }); // 100 % of 10,000 collected
    await debtMonth(db, { period: '2026-10', region: '390201', balance: '11999.99' }); // 119.9999 % of 10,000 budgeted
    await db.detect('DEBT-RATIO');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), {
      '390201@2025': 'orange',
      '390201@2026': 'orange',
    });
    const stored = await db.sql(`SELECT period, evidence FROM alerts WHERE rule_code = 'DEBT-RATIO' ORDER BY period`);
    assert.deepEqual(
      stored.rows.map((r: { evidence: Record<string, unknown> }) => [
        r.evidence['fiscalCapacity'],
        r.evidence['fiscalCapacitySource'],
      ]),
      [
        ['10000.00', 'revenue_actual'],
        ['10000.00', 'revenue_budget'],
      ],
    );
  });

  it('counts a year as collected only when every book it has is loaded for all twelve months', async () => {
    // 390201: GFB lacks December, so 2025 is measured against its budget (10,000), not collections (11,000).
    // 390202: both books complete, so against collections.
    for (const [region, gfbThrough] of [
      ['390201', 11],
      ['390202', 12],
    ] as const) {
      await collect(db, { region, year: 2025, code: '10101', budget: '9000.00', actual: '10000.00' });
      await collect(db, {
        region,
        year: 2025,
        book: 'GFB',
        code: '1030148',
        budget: '1000.00',
        actual: '1000.00',
        through: gfbThrough,
      });
      await debtMonth(db, { period: '2025-12', region, balance: '10500.00' }); // 105 % of 10,000; 95.45 % of 11,000
    }
    await db.detect('DEBT-RATIO');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), { '390201@2025': 'orange' });
    const alert = await db.alert('DEBT-RATIO', '390201');
    assert.deepEqual(
      [alert.evidence['fiscalCapacity'], alert.evidence['fiscalCapacitySource']],
      ['10000.00', 'revenue_budget'],
    );
  });

  it('prefers the reported figure and stays quiet without any capacity', async () => {
    await capacity(db, '390201', 2026, '20000.00');
    await collect(db, { region: '390201', year: 2026, budget: '1000.00', actual: '800.00', through: 10 });
    await debtMonth(db, { period: '2026-10', region: '390201', balance: '15000.00' });
    await debtMonth(db, { period: '2026-10', region: '390202', balance: '15000.00' });
    await db.detect('DEBT-RATIO');
    assert.deepEqual(await db.alertsByPeriod('DEBT-RATIO'), {});
  });
});
