import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertSoeReport } from './soe-fixture';

const db = useRuleDatabase();

describe('SOE-LOSS 连续亏损', () => {
  it('flags the second of two consecutive annual losses, not a single loss or a break-even year', async () => {
    await insertSoeReport(db, 'TWO', '2024', { netProfit: '-0.01' });
    await insertSoeReport(db, 'TWO', '2025', { netProfit: '-5.00' });
    await insertSoeReport(db, 'ONE', '2024', { netProfit: '-100.00' });
    await insertSoeReport(db, 'ONE', '2025', { netProfit: '1.00' });
    await insertSoeReport(db, 'ZERO', '2024', { netProfit: '-100.00' });
    await insertSoeReport(db, 'ZERO', '2025', { netProfit: '0.00' });
    await db.detect('SOE-LOSS');
    assert.deepEqual(await db.alerts('SOE-LOSS'), { TWO: 'orange' });
    const alert = await db.alert('SOE-LOSS', 'TWO');
    assert.equal(alert.period, '2025');
    assert.equal(alert.measured_value, '2.000000');
    assert.equal(alert.threshold, '2.000000');
    assert.deepEqual(alert.evidence.periods, ['2024', '2025']);
    assert.equal(alert.explanation_zh, 'TWO公司2024—2025年连续2年亏损，2024年净利润-0.01元、2025年净利润-5.00元');
  });

  it('needs the years to follow each other and ignores quarterly reports', async () => {
    await insertSoeReport(db, 'GAP', '2023', { netProfit: '-1.00' });
    await insertSoeReport(db, 'GAP', '2025', { netProfit: '-1.00' });
    await insertSoeReport(db, 'QUARTERS', '2025', { netProfit: '-1.00' });
    await insertSoeReport(db, 'QUARTERS', '2026-Q1', { netProfit: '-1.00' });
    await insertSoeReport(db, 'QUARTERS', '2026-Q2', { netProfit: '-1.00' });
    await db.detect('SOE-LOSS');
    assert.deepEqual(await db.alerts('SOE-LOSS'), {});
  });

  it('keeps each year that ends a run: three losses give two findings', async () => {
    for (const year of ['2023', '2024', '2025']) await insertSoeReport(db, 'THREE', year, { netProfit: '-1.00' });
    await db.detect('SOE-LOSS');
    const periods = await db.sql(
      `SELECT period, measured_value::text FROM alerts WHERE rule_code = 'SOE-LOSS' ORDER BY period`,
    );
    assert.deepEqual(periods.rows, [
      { period: '2024', measured_value: '2.000000' },
      { period: '2025', measured_value: '3.000000' },
    ]);
  });

  it('ignores annual reports of years after the as-of date', async () => {
    await insertSoeReport(db, 'LATE', '2025', { netProfit: '-1.00' });
    await insertSoeReport(db, 'LATE', '2026', { netProfit: '-1.00' });
    await db.detect('SOE-LOSS', '2025-12-31');
    assert.deepEqual(await db.alerts('SOE-LOSS'), {});
    await db.detect('SOE-LOSS', '2026-01-01');
    assert.deepEqual(await db.alerts('SOE-LOSS'), { LATE: 'orange' });
  });

  it('takes a longer run from a region override', async () => {
    await db.sql(
      `INSERT INTO rules (code, version, name_zh, name_en, category, default_params) VALUES ('SOE-LOSS', 1, '连续亏损', 'x', 'state_assets', '{}') ON CONFLICT DO NOTHING`,
    );
    await db.sql(
      `INSERT INTO rule_thresholds (rule_code, region_code, params, updated_at) VALUES ('SOE-LOSS', '390121', '{"consecutiveYears": 3}', now())`,
    );
    await insertSoeReport(db, 'COUNTY', '2024', { netProfit: '-1.00', region: '390121' });
    await insertSoeReport(db, 'COUNTY', '2025', { netProfit: '-1.00', region: '390121' });
    await insertSoeReport(db, 'CITY', '2024', { netProfit: '-1.00' });
    await insertSoeReport(db, 'CITY', '2025', { netProfit: '-1.00' });
    await db.detect('SOE-LOSS');
    assert.deepEqual(await db.alerts('SOE-LOSS'), { CITY: 'orange' });
  });

  it('raises nothing for profitable enterprises', async () => {
    for (const year of ['2024', '2025', '2026-Q1']) await insertSoeReport(db, 'FINE', year);
    await db.detect('SOE-LOSS');
    assert.deepEqual(await db.alerts('SOE-LOSS'), {});
  });
});
