import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** A region-year with initial budgets and payments per function code (amounts in yuan, as text). */
async function regionYear(region: string, year: number, classes: Record<string, [string, string]>): Promise<void> {
  for (const [func, [budget, actual]] of Object.entries(classes)) {
    const id = `${region}-${year}-${func}`;
    if (budget !== '0') await db.budgetLine(id, budget, { region, year, func });
    if (actual !== '0') await db.payment(id, actual, { region, date: `${year}-06-15`, func });
  }
}

describe('BUD-PI2 支出结构偏离', () => {
  it('flags a composition variance strictly over 10 % yellow and strictly over 15 % red', async () => {
    const shifted = (toEducation: string, fromDefence: string) => ({
      '2050201': ['1000000.00', toEducation] as [string, string],
      '2040101': ['1000000.00', fromDefence] as [string, string],
    });
    await regionYear('390100', 2022, shifted('1100000.00', '900000.00')); // 10 %
    await regionYear('390100', 2023, shifted('1100000.02', '899999.98')); // 10.000002 %
    await regionYear('390100', 2024, shifted('1150000.00', '850000.00')); // 15 %
    await regionYear('390100', 2025, shifted('1150000.02', '849999.98')); // 15.000002 %
    await db.detect('BUD-PI2');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), {
      '390100@2023': 'yellow',
      '390100@2024': 'yellow',
      '390100@2025': 'red',
    });
    const result = await db.sql(
      `SELECT measured_value::text, threshold::text, evidence, explanation_zh FROM alerts WHERE period = '2025'`,
    );
    const alert = result.rows[0];
    assert.deepEqual([alert.measured_value, alert.threshold], ['15.000002', '15.000000']);
    assert.deepEqual(alert.evidence, {
      regionCode: '390100',
      year: 2025,
      initialBudget: '2000000.00',
      totalPaid: '2000000.00',
      excludedClasses: ['227', '232'],
      classes: [
        {
          functionClass: '204',
          budget: '1000000.00',
          scaledBudget: '1000000.00',
          actual: '849999.98',
          deviation: '150000.02',
        },
        {
          functionClass: '205',
          budget: '1000000.00',
          scaledBudget: '1000000.00',
          actual: '1150000.02',
          deviation: '150000.02',
        },
      ],
    });
    assert.match(alert.explanation_zh, /^临江市2025年按功能分类的支出结构偏离度为15.01%，超过15%；偏离最大的是204/);
  });

  it('scales the budget to the actual total, so an even underspend is no composition variance', async () => {
    await regionYear('390100', 2025, {
      '2050201': ['1000000.00', '600000.00'],
      '2040101': ['3000000.00', '1800000.00'],
    });
    await db.detect('BUD-PI2');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), {});
  });

  it('leaves out the reserve fund (227) and debt interest (232), and counts spending in an unbudgeted class', async () => {
    // The reserve is released into education: counted, 227 and 205 would each deviate by 100,000 (20 %).
    await regionYear('390100', 2025, { '2050201': ['900000.00', '1000000.00'], '22701': ['100000.00', '0'] });
    await regionYear('390121', 2025, { '2050201': ['890000.00', '890000.00'], '2130101': ['0', '110000.00'] });
    await db.detect('BUD-PI2');
    // 390121: the budget of 890,000 scales to 1,000,000; |890,000 − 1,000,000| + |110,000 − 0| = 22 %.
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), { '390121@2025': 'red' });
    const result = await db.sql(`SELECT measured_value::text FROM alerts WHERE entity_key = '390121'`);
    assert.equal(result.rows[0].measured_value, '22.000000');
  });

  it('judges completed years with both a budget and payments loaded, by the as-of date', async () => {
    await regionYear('390100', 2026, { '2050201': ['1000000.00', '1000000.00'], '2040101': ['1000000.00', '0'] });
    await regionYear('390121', 2025, { '2050201': ['1000000.00', '0'], '2040101': ['1000000.00', '0'] });
    await db.payment('OTHER-REGION', '10.00', { region: '390102', date: '2025-06-01' });
    await db.payment('LATE', '500000.00', { func: '2040101', date: '2027-01-05' });
    await db.detect('BUD-PI2', '2026-12-30');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), {});
    await db.detect('BUD-PI2', '2026-12-31');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), { '390100@2026': 'red' });
  });

  it('compares the exact variance: at 10 % and 15 % with a scale of 1/3 not over, a hair over 10 % yellow', async () => {
    // Budgets of 300 scaled to actual totals of 100: Σ |actual·300 − budget·100| / (100·300) exactly 10 % and 15 %.
    await regionYear('390100', 2024, { '2050201': ['100.02', '38.34'], '2040101': ['199.98', '61.66'] });
    await regionYear('390100', 2025, { '2050201': ['100.02', '40.84'], '2040101': ['199.98', '59.16'] });
    // One cent more moved on a billion: 10.000000001 %, which rounds to 10.000000.
    await regionYear('390121', 2025, {
      '2050201': ['1000000000.00', '1100000000.01'],
      '2040101': ['1000000000.00', '899999999.99'],
    });
    await db.detect('BUD-PI2');
    assert.deepEqual(await db.alertsByPeriod('BUD-PI2'), { '390100@2025': 'yellow', '390121@2025': 'yellow' });
    const fifteen = await db.sql(
      `SELECT measured_value::text, threshold::text, evidence FROM alerts WHERE entity_key = '390100' AND period = '2025'`,
    );
    assert.deepEqual([fifteen.rows[0].measured_value, fifteen.rows[0].threshold], ['15.000000', '10.000000']);
    assert.deepEqual(fifteen.rows[0].evidence.classes, [
      { functionClass: '204', budget: '199.98', scaledBudget: '66.66', actual: '59.16', deviation: '7.50' },
      { functionClass: '205', budget: '100.02', scaledBudget: '33.34', actual: '40.84', deviation: '7.50' },
    ]);
    const hair = await db.sql(`SELECT measured_value::text, explanation_en FROM alerts WHERE entity_key = '390121'`);
    assert.equal(hair.rows[0].measured_value, '10.000000');
    assert.match(hair.rows[0].explanation_en, /varies 10.01% from its budget, over 10%/);
  });
});
