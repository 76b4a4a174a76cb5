import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { revDecline } from './rev-decline';
import { collect, collectMonth } from './revenue-fixtures';

const db = useRuleDatabase();

describe('REV-DECLINE 收入负增长', () => {
  it('flags 101 + 103 revenue below the same months of last year (yellow), by 10 % or more (red)', async () => {
    const cases: [string, string][] = [
      ['390201', '10000.00'], // level: quiet
      ['390202', '9999.99'], // just below last year
      ['390203', '9000.01'], // 9.9999 % down: yellow
      ['390204', '9000.00'], // 10 % down: red
      ['390205', '8999.99'], // just over 10 % down
      ['390206', '10500.00'], // growing
    ];
    for (const [region, now] of cases) {
      await collect(db, { region, year: 2025, code: '10101', actual: '8000.00', through: 12 });
      await collect(db, { region, year: 2025, code: '10302', actual: '2000.00', through: 12 });
      await collect(db, { region, year: 2026, code: '10101', actual: now, through: 10 });
    }
    await db.detect('REV-DECLINE');
    assert.deepEqual(await db.alerts('REV-DECLINE'), {
      '390202': 'yellow',
      '390203': 'yellow',
      '390204': 'red',
      '390205': 'red',
    });
    const red = await db.alert('REV-DECLINE', '390204');
    assert.deepEqual([red.period, red.measured_value, red.threshold], ['2026', '10.000000', '10.000000']);
    assert.deepEqual([red.evidence['generalRevenue'], red.evidence['lastYearGeneralRevenue']], ['9000.00', '10000.00']);
    assert.equal(red.explanation_zh, '2026年1–10月一般公共预算收入9,000.00元，比上年同期10,000.00元下降10.00%');
    const yellow = await db.alert('REV-DECLINE', '390202');
    assert.deepEqual([yellow.measured_value, yellow.threshold], ['0.000100', '0.000000']);
  });

  it('compares the exact decline: 10^10-yuan revenue just under and just over each line', async () => {
    const cases: [string, string][] = [
      ['390201', '10000000000.00'], // level
      ['390202', '9999999999.99'], // 0.0000000001 % down: 0.000000 once rounded, still a decline
      ['390203', '9000000000.01'], // 9.9999999999 % down: 10.000000 once rounded, still yellow
      ['390204', '8999999999.99'], // 10.0000000001 % down
    ];
    for (const [region, now] of cases) {
      await collect(db, { region, year: 2025, actual: '10000000000.00', through: 12 });
      await collect(db, { region, year: 2026, actual: now, through: 10 });
    }
    await db.detect('REV-DECLINE');
    assert.deepEqual(await db.alerts('REV-DECLINE'), { '390202': 'yellow', '390203': 'yellow', '390204': 'red' });
    const slight = await db.alert('REV-DECLINE', '390202');
    assert.deepEqual([slight.measured_value, slight.threshold], ['0.000000', '0.000000']);
    assert.equal(
      slight.explanation_zh,
      '2026年1–10月一般公共预算收入9,999,999,999.99元，比上年同期10,000,000,000.00元下降0.01%',
    );
    assert.equal(
      (await db.alert('REV-DECLINE', '390204')).explanation_en,
      'January–Oct 2026 general public budget revenue of 8999999999.99 yuan is 10.00% below the 10000000000.00 yuan of the same months a year earlier',
    );
  });

  it('compares the same months only, and only where last year has them loaded', async () => {
    await collect(db, { region: '390201', year: 2025, actual: '10000.00', through: 12 });
    await collectMonth(db, { region: '390201', year: 2025, month: 11, code: '10302', actual: '90000.00' });
    await collect(db, { region: '390201', year: 2026, actual: '10000.00', through: 10 });
    await collect(db, { region: '390202', year: 2025, actual: '10000.00', through: 9 }); // October 2025 missing
    await collect(db, { region: '390202', year: 2026, actual: '1000.00', through: 10 });
    await collect(db, { region: '390203', year: 2026, actual: '1000.00', through: 10 }); // no 2025 at all
    await db.detect('REV-DECLINE');
    assert.deepEqual(await db.alerts('REV-DECLINE'), {});
  });

  it('judges a completed year through December and ignores transfers, other books and months after the as-of date', async () => {
    await collect(db, { region: '390201', year: 2024, actual: '10000.00' });
    await collect(db, { region: '390201', year: 2025, actual: '9500.00' });
    await collect(db, { region: '390202', year: 2025, actual: '10000.00' });
    await collect(db, { region: '390202', year: 2026, actual: '10000.00', through: 10 });
    await collect(db, { region: '390202', year: 2025, code: '11002', actual: '50000.00' });
    await collect(db, { region: '390202', year: 2025, book: 'GFB', code: '1030148', actual: '50000.00' });
    await collectMonth(db, { region: '390202', year: 2026, month: 11, actual: '-5000.00' });
    await db.detect('REV-DECLINE', '2026-10-31');
    assert.deepEqual(await db.alerts('REV-DECLINE'), { '390201': 'yellow' });
    assert.equal((await db.alert('REV-DECLINE', '390201')).period, '2025');
  });

  it('on an incremental run computes the years in the window, reading the year before for comparison', async () => {
    await collect(db, { region: '390201', year: 2024, actual: '10000.00' });
    await collect(db, { region: '390201', year: 2025, actual: '9000.00' });
    await collect(db, { region: '390201', year: 2026, actual: '8000.00', through: 10 });
    const findings = await revDecline.compute({
      db: db.pool,
      asOf: '2026-11-20',
      now: '2026-11-20T08:00:00Z',
      regions: null,
      paramsFor: () => revDecline.defaults,
      allParams: () => [revDecline.defaults],
      window: { from: '2026-10-01', to: '2026-10-31' },
    });
    assert.deepEqual(
      findings.map((f) => [f.entityKey, f.period, f.severity]),
      [['390201', '2026', 'red']],
    );
  });
});
