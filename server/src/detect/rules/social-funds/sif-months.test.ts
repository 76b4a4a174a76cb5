import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertFundMonth, PENSION } from './social-fund-fixture';

const db = useRuleDatabase();
const key = (region: string) => `${region}/${PENSION}`;

/** Twelve months of 100.00 spending (2025-11 … 2026-10) ending with the given balance. */
async function year(region: string, balance: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const index = 2025 * 12 + 10 + i;
    const last = i === 11;
    await insertFundMonth(db, Math.floor(index / 12), (index % 12) + 1, {
      region,
      balance: last ? balance : '5000.00',
    });
  }
}

describe('SIF-MONTHS 可支付月数不足', () => {
  it('climbs to yellow just under 9 months and to red just under 6, not at either', async () => {
    await year('390100', '900.00');
    await year('390102', '899.99');
    await year('390121', '600.00');
    await year('390102001', '599.99');
    await db.detect('SIF-MONTHS');
    assert.deepEqual(await db.alerts('SIF-MONTHS'), {
      [key('390102')]: 'yellow',
      [key('390121')]: 'yellow',
      [key('390102001')]: 'red',
    });
    const red = await db.alert('SIF-MONTHS', key('390102001'));
    assert.equal(red.period, '2026');
    assert.equal(red.measured_value, '5.999900');
    assert.equal(red.threshold, '6.000000');
    assert.deepEqual(red.evidence.periods, ['2025-11', '2026-10']);
    assert.equal(red.evidence.monthsAveraged, 12);
    assert.equal(
      red.explanation_zh,
      '企业职工基本养老保险2026-10期末累计结余599.99元，按2025-11至2026-10月均支出100.00元计可支付5.99个月，不足6个月',
    );
    assert.equal((await db.alert('SIF-MONTHS', key('390121'))).threshold, '9.000000');
  });

  it('averages the twelve months up to each year’s latest across the year boundary, and fewer when fewer are loaded', async () => {
    // 2025-10 (spending 10,000) is thirteen months before 2026-10: outside the average.
    await insertFundMonth(db, 2025, 10, { expenditure: '10000.00' });
    await year('390100', '890.00');
    // Three months only: average 200.00, balance 1,700.00 = 8.5 months.
    for (const month of [8, 9, 10])
      await insertFundMonth(db, 2026, month, { region: '390121', expenditure: '200.00', balance: '1700.00' });
    // 2025 is judged at 2025-12 (balance 5,000.00) on 2025-10 … 2025-12, which include the 10,000.00 month.
    await db.detect('SIF-MONTHS', '2025-12-31');
    const year2025 = await db.alert('SIF-MONTHS', key('390100'));
    assert.deepEqual([year2025.period, year2025.severity, year2025.measured_value], ['2025', 'red', '1.470588']);
    assert.equal(year2025.evidence.monthsAveraged, 3);
    // 2026 averages 2025-11 … 2026-10 (8.9 months: yellow; with the 10,000.00 month it would be red).
    await db.detect('SIF-MONTHS');
    assert.deepEqual(await db.alertsByPeriod('SIF-MONTHS'), {
      [`${key('390100')}@2025`]: 'red',
      [`${key('390100')}@2026`]: 'yellow',
      [`${key('390121')}@2026`]: 'yellow',
    });
    const short = await db.alert('SIF-MONTHS', key('390121'));
    assert.equal(short.measured_value, '8.500000');
    assert.equal(short.evidence.monthsAveraged, 3);
  });

  it('judges the latest month up to the as-of date', async () => {
    await insertFundMonth(db, 2026, 9, { balance: '100.00' });
    await insertFundMonth(db, 2026, 10, { balance: '5000.00' });
    await db.detect('SIF-MONTHS', '2026-10-01');
    assert.deepEqual(await db.alerts('SIF-MONTHS'), {});
    await db.detect('SIF-MONTHS', '2026-09-30');
    assert.deepEqual(await db.alerts('SIF-MONTHS'), { [key('390100')]: 'red' });
  });

  it('raises nothing for a well-funded reserve or a fund that spends nothing', async () => {
    await year('390100', '1200.00');
    await insertFundMonth(db, 2026, 10, { region: '390121', expenditure: '0.00', balance: '0.00' });
    await db.detect('SIF-MONTHS');
    assert.deepEqual(await db.alerts('SIF-MONTHS'), {});
  });
});
