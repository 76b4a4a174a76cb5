import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** A region-year with an initial budget of 1,000,000 and `paid` spent. */
async function regionYear(region: string, year: number, paid: string): Promise<void> {
  await db.budgetLine(`${region}-${year}`, '1000000.00', { region, year, agency: `${region}001` });
  await db.payment(`${region}-${year}`, paid, { region, date: `${year}-06-15`, agency: `${region}001` });
}

describe('BUD-PI1 支出总额偏离', () => {
  it('flags outturns strictly outside 95–105 % yellow, 90–110 % orange, 85–115 % red', async () => {
    const cases: [string, number, string][] = [
      ['390100', 2020, '949900.00'], // 94.99
      ['390100', 2021, '950000.00'], // 95
      ['390100', 2022, '1050000.00'], // 105
      ['390100', 2023, '1050100.00'], // 105.01
      ['390100', 2024, '899900.00'], // 89.99
      ['390100', 2025, '900000.00'], // 90
      ['390121', 2020, '1100000.00'], // 110
      ['390121', 2021, '1100100.00'], // 110.01
      ['390121', 2022, '849900.00'], // 84.99
      ['390121', 2023, '850000.00'], // 85
      ['390121', 2024, '1150000.00'], // 115
      ['390121', 2025, '1150100.00'], // 115.01
    ];
    for (const [region, year, paid] of cases) await regionYear(region, year, paid);
    await db.detect('BUD-PI1');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), {
      '390100@2020': 'yellow',
      '390100@2023': 'yellow',
      '390100@2024': 'orange',
      '390100@2025': 'yellow',
      '390121@2020': 'yellow',
      '390121@2021': 'orange',
      '390121@2022': 'red',
      '390121@2023': 'orange',
      '390121@2024': 'orange',
      '390121@2025': 'red',
    });
    const result = await db.sql(
      `SELECT measured_value::text, threshold::text, evidence, explanation_zh FROM alerts WHERE entity_key = '390121' AND period = '2025'`,
    );
    const alert = result.rows[0];
    assert.deepEqual([alert.measured_value, alert.threshold], ['115.010000', '115.000000']);
    assert.deepEqual(alert.evidence, {
      regionCode: '390121',
      year: 2025,
      initialBudget: '1000000.00',
      totalPaid: '1150100.00',
    });
    assert.equal(alert.explanation_zh, '清溪县2025年支出1,150,100.00元，为年初预算1,000,000.00元的115.01%，高于115%');
  });

  it('takes the initial rows of every book as the budget and payments of every book, per region as stored', async () => {
    await db.budgetLine('GPB', '600000.00', { year: 2025 });
    await db.budgetLine('GFB', '400000.00', { year: 2025, book: 'GFB' });
    await db.budgetLine('SUPPLEMENT', '200000.00', { year: 2025, type: 'supplement', parent: 'GPB' });
    await db.payment('P-GPB', '700000.00', { date: '2025-03-02' });
    await db.payment('P-GFB', '400000.00', { date: '2025-03-02', book: 'GFB' });
    await db.budgetLine('DISTRICT', '1000000.00', { year: 2025, region: '390102' });
    await db.payment('P-DISTRICT', '1000000.00', { date: '2025-03-02', region: '390102' });
    await db.detect('BUD-PI1');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), { '390100@2025': 'yellow' }); // 110 %, the supplement not budget
  });

  it('judges completed years only, and skips a region-year without payments loaded', async () => {
    await regionYear('390100', 2026, '500000.00');
    await db.budgetLine('NO-PAYMENTS', '1000000.00', { year: 2025 });
    await db.detect('BUD-PI1', '2026-12-30');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), {});
    await db.detect('BUD-PI1', '2026-12-31');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), { '390100@2026': 'red' });
  });

  it('stays quiet within 95–105 %', async () => {
    await regionYear('390100', 2025, '980000.00');
    await db.detect('BUD-PI1');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), {});
  });

  it('compares the exact outturn: a hair under 95 % is outside, and the text does not round it up to 95.00', async () => {
    await db.budgetLine('HAIR', '1000000000.00', { year: 2025 });
    await db.payment('HAIR', '949999999.99', { date: '2025-06-15' }); // 94.999999999 %
    await db.detect('BUD-PI1');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI1'), { '390100@2025': 'yellow' });
    const alert = await db.alert('BUD-PI1', '390100');
    assert.deepEqual([alert.measured_value, alert.threshold], ['95.000000', '95.000000']);
    assert.match(alert.explanation_en, /, 94.99% of its initial budget of 1000000000.00 yuan, below 95%$/);
  });
});
