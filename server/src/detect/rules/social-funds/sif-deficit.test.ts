import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertFundMonth, PENSION } from './social-fund-fixture';

const db = useRuleDatabase();
const key = (region: string, fund = PENSION) => `${region}/${fund}`;

describe('SIF-DEFICIT 当期收不抵支', () => {
  it('flags year-to-date income just under expenditure, not equal or above', async () => {
    // A deficit month is made up by a surplus month: only the year-to-date sums count.
    await insertFundMonth(db, 2026, 1, { region: '390100', income: '50.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 2, { region: '390100', income: '149.99', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 1, { region: '390102', income: '50.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 2, { region: '390102', income: '150.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 1, { region: '390121', income: '50.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 2, { region: '390121', income: '150.01', expenditure: '100.00' });
    await db.detect('SIF-DEFICIT');
    assert.deepEqual(await db.alerts('SIF-DEFICIT'), { [key('390100')]: 'yellow' });
    const alert = await db.alert('SIF-DEFICIT', key('390100'));
    assert.equal(alert.period, '2026');
    assert.equal(alert.measured_value, '199.990000');
    assert.equal(alert.threshold, '200.000000');
    assert.deepEqual(alert.evidence.periods, ['2026-01', '2026-02']);
    assert.equal(alert.explanation_zh, '企业职工基本养老保险2026年1—2月累计收入199.99元，少于累计支出200.00元');
  });

  it('keeps fund types and years apart, and judges a completed year on its twelve months', async () => {
    await insertFundMonth(db, 2025, 12, { income: '10.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 1, { income: '500.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 1, { fund: '失业保险', income: '99.00', expenditure: '100.00' });
    await db.detect('SIF-DEFICIT');
    assert.deepEqual(await db.alertsByPeriod('SIF-DEFICIT'), {
      [`${key('390100')}@2025`]: 'yellow',
      [`${key('390100', '失业保险')}@2026`]: 'yellow',
    });
  });

  it('ignores months after the as-of date and follows the fund as months arrive', async () => {
    await insertFundMonth(db, 2026, 10, { income: '90.00', expenditure: '100.00' });
    await insertFundMonth(db, 2026, 11, { income: '500.00', expenditure: '100.00' });
    await db.detect('SIF-DEFICIT', '2026-10-31');
    assert.deepEqual(await db.alerts('SIF-DEFICIT'), { [key('390100')]: 'yellow' });
    await db.detect('SIF-DEFICIT', '2026-11-01');
    assert.deepEqual(await db.alerts('SIF-DEFICIT'), {});
  });

  it('raises nothing for a fund ahead every month', async () => {
    for (let month = 1; month <= 10; month++) await insertFundMonth(db, 2026, month);
    await db.detect('SIF-DEFICIT');
    assert.deepEqual(await db.alerts('SIF-DEFICIT'), {});
  });
});
