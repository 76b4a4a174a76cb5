import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { collect, collectMonth } from './revenue-fixtures';

const db = useRuleDatabase();

// Time progress at 31 October 2026: 304 / 365 = 83.2877 % (timeProgress rounds to 6 decimals of the fraction).
describe('REV-PACE 收入进度滞后', () => {
  it('flags own revenue 10 pp or more behind time progress at the end of the last month loaded', async () => {
    const cases: [string, string][] = [
      ['390201', '732877.01'], // 73.287701 %: 9.999999 pp behind, quiet
      ['390202', '732877.00'], // exactly 10 pp behind
      ['390203', '732876.99'], // 10.000001 pp behind
      ['390204', '832877.00'], // on time
    ];
    for (const [region, actual] of cases)
      await collect(db, { region, year: 2026, budget: '1000000.00', actual, through: 10 });
    await collect(db, {
      region: '390205',
      year: 2026,
      book: 'GFB',
      code: '1030148',
      budget: '1000000.00',
      actual: '500000.00',
      through: 10,
    });
    await db.detect('REV-PACE');
    assert.deepEqual(await db.alerts('REV-PACE'), {
      '390202/GPB': 'yellow',
      '390203/GPB': 'yellow',
      '390205/GFB': 'yellow',
    });
    const alert = await db.alert('REV-PACE', '390202/GPB');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2026', '10.000000', '10.000000']);
    assert.equal(alert.evidence['measuredAt'], '2026-10-31');
    assert.equal(alert.evidence['timeProgress'], '83.287700');
    assert.equal(alert.evidence['completion'], '73.287700');
    assert.equal(
      alert.explanation_zh,
      '2026年1–10月一般公共预算本级收入完成732,877.00元，占年度预算1,000,000.00元的73.29%，低于序时进度83.29%达10.00个百分点',
    );
  });

  it('compares a region whose later months are not in yet with time at its last month, not at the as-of date', async () => {
    // Through August: 66.5753 % of the year has passed at 31 August; 88.77 % at the as-of date.
    await collect(db, { region: '390201', year: 2026, budget: '1000000.00', actual: '660000.00', through: 8 });
    // September missing: the months after the gap do not count, so it is measured at the end of August too.
    await collect(db, { region: '390202', year: 2026, budget: '1000000.00', actual: '660000.00', through: 8 });
    await collectMonth(db, { region: '390202', year: 2026, month: 10, budget: '1000000.00', actual: '1.00' });
    await db.detect('REV-PACE');
    assert.deepEqual(await db.alerts('REV-PACE'), {});
  });

  it('counts a month once the as-of date is in it, ignores later months, and judges only the as-of year', async () => {
    await collect(db, { region: '390201', year: 2026, budget: '1000000.00', actual: '700000.00', through: 10 });
    await collectMonth(db, { region: '390201', year: 2026, month: 11, budget: '1000000.00', actual: '150000.00' });
    await collect(db, { region: '390202', year: 2025, budget: '1000000.00', actual: '100000.00', through: 10 });
    await db.detect('REV-PACE', '2026-10-31');
    assert.deepEqual(await db.alerts('REV-PACE'), { '390201/GPB': 'yellow' });
    await db.detect('REV-PACE', '2026-11-20');
    assert.deepEqual(await db.alerts('REV-PACE'), {});
  });

  it('stays quiet when collections keep pace and leaves transfers out', async () => {
    await collect(db, {
      region: '390100',
      year: 2026,
      code: '10101',
      budget: '800000.00',
      actual: '680000.00',
      through: 10,
    });
    await collect(db, {
      region: '390100',
      year: 2026,
      code: '11002',
      budget: '900000.00',
      actual: '0.00',
      through: 10,
    });
    await db.detect('REV-PACE');
    assert.deepEqual(await db.alerts('REV-PACE'), {});
  });
});
