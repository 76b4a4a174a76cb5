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
    assert.deepEqual(await db.alertsByPeriod('SOE-LOSS'), { 'THREE@2024': 'orange', 'THREE@2025': 'orange' });
  });

  it('lists the same latest 50 years of a longer run in the evidence and the explanation', async () => {
    for (let year = 1974; year <= 2025; year++) await insertSoeReport(db, 'LONG', String(year), { netProfit: '-1.00' });
    await db.override('SOE-LOSS', '390100', { consecutiveYears: 10 });
    await db.detect('SOE-LOSS');
    const alerts = await db.sql(
      `SELECT measured_value::text, evidence, explanation_zh FROM alerts WHERE rule_code = 'SOE-LOSS' AND period = '2025'`,
    );
    const alert = alerts.rows[0] as { measured_value: string; evidence: { periods: string[] }; explanation_zh: string };
    assert.equal(alert.measured_value, '52.000000');
    assert.equal(alert.evidence.periods.length, 50);
    assert.equal(alert.evidence.periods[0], '1976');
    const listed = [...alert.explanation_zh.matchAll(/(\d{4})年净利润/g)].map((m) => m[1]);
    assert.deepEqual(listed, alert.evidence.periods);
    assert.match(alert.explanation_zh, /^LONG公司1974—2025年连续52年亏损，最近50年：1976年净利润-1.00元、/);
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
    await db.override('SOE-LOSS', '390121', { consecutiveYears: 3 });
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
