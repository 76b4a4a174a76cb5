import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { debtMonth } from './debt-fixtures';

const db = useRuleDatabase();

/** A region's debt limit for a year and debt type. */
async function limit(region: string, year: number, type: 'general' | 'special', amount: string): Promise<void> {
  await db.sql(
    `INSERT INTO debt_limits (fiscal_year, region_code, debt_type, limit_amount) VALUES ($1, $2, $3::"DebtType", $4)`,
    [year, region, type, amount],
  );
}

describe('DEBT-OVERLIMIT 债务余额超限额', () => {
  it('flags a balance above the limit of its year and type, using the latest month', async () => {
    await limit('390100', 2026, 'general', '100.00');
    await limit('390100', 2026, 'special', '100.00');
    await limit('390102', 2026, 'general', '100.00');
    await debtMonth(db, { period: '2026-05', region: '390100', type: 'general', balance: '150.00' });
    await debtMonth(db, { period: '2026-06', region: '390100', type: 'general', balance: '99.99' });
    await debtMonth(db, { period: '2026-06', region: '390100', type: 'special', balance: '100.00' }); // at the limit
    await debtMonth(db, { period: '2026-06', region: '390102', type: 'general', balance: '100.01' });
    await debtMonth(db, { period: '2026-06', region: '390121', type: 'general', balance: '900.00' }); // no limit loaded
    await db.detect('DEBT-OVERLIMIT');
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERLIMIT'), { '390102/general@2026': 'red' });
    const alert = await db.alert('DEBT-OVERLIMIT', '390102/general');
    assert.deepEqual([alert.measured_value, alert.threshold], ['100.010000', '100.000000']);
    assert.equal(alert.explanation_zh, '2026-06一般债务余额100.01元，超过限额100.00元');
  });

  it('reads the latest month up to the as-of month, each year against its own limit', async () => {
    await limit('390100', 2025, 'general', '100.00');
    await limit('390100', 2026, 'general', '100.00');
    await debtMonth(db, { period: '2025-12', region: '390100', balance: '100.01' });
    await debtMonth(db, { period: '2026-10', region: '390100', balance: '90.00' });
    await debtMonth(db, { period: '2026-11', region: '390100', balance: '120.00' }); // the as-of month counts
    await debtMonth(db, { period: '2026-12', region: '390100', balance: '80.00' }); // after the as-of month
    await db.detect('DEBT-OVERLIMIT', '2026-10-31');
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERLIMIT'), { '390100/general@2025': 'red' });
    await db.detect('DEBT-OVERLIMIT', '2026-11-01');
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERLIMIT'), {
      '390100/general@2025': 'red',
      '390100/general@2026': 'red',
    });
  });

  it('judges only the regions in scope of a run for one region', async () => {
    for (const region of ['390102', '390102001', '390121']) {
      await limit(region, 2026, 'special', '100.00');
      await debtMonth(db, { period: '2026-10', region, type: 'special', balance: '150.00' });
    }
    await db.detect('DEBT-OVERLIMIT', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alertsByPeriod('DEBT-OVERLIMIT'), {
      '390102/special@2026': 'red',
      '390102001/special@2026': 'red',
    });
  });
});
