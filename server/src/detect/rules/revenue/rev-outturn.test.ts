import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { collect } from './revenue-fixtures';

const db = useRuleDatabase();

describe('REV-OUTTURN 收入预算偏离', () => {
  it('flags a completed year strictly outside 94–112 % (yellow) and 92–116 % (red), per region and book', async () => {
    const cases: [string, string][] = [
      ['390201', '9400.00'], // 94 %: on the band, quiet
      ['390202', '9399.99'], // just under 94 %
      ['390203', '9200.00'], // 92 %: yellow, not red
      ['390204', '9199.99'], // just under 92 %
      ['390205', '11200.00'], // 112 %: quiet
      ['390206', '11200.01'], // just over 112 %
      ['390207', '11600.00'], // 116 %: yellow, not red
      ['390208', '11600.01'], // just over 116 %
      ['390209', '10000.00'],
    ];
    for (const [region, actual] of cases) await collect(db, { region, budget: '10000.00', actual });
    await collect(db, { region: '390210', book: 'GFB', code: '1030148', budget: '10000.00', actual: '8000.00' });
    await db.detect('REV-OUTTURN');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), {
      '390202/GPB': 'yellow',
      '390203/GPB': 'yellow',
      '390204/GPB': 'red',
      '390206/GPB': 'yellow',
      '390207/GPB': 'yellow',
      '390208/GPB': 'red',
      '390210/GFB': 'red',
    });
    const alert = await db.alert('REV-OUTTURN', '390204/GPB');
    assert.deepEqual([alert.period, alert.measured_value, alert.threshold], ['2025', '91.999900', '92.000000']);
    assert.equal(alert.evidence['actual'], '9199.99');
    assert.equal(alert.evidence['budget'], '10000.00');
    assert.equal((alert.evidence['periods'] as string[]).length, 12);
    assert.equal(
      alert.explanation_zh,
      '2025年一般公共预算本级收入完成9,199.99元，为年初预算10,000.00元的91.99%，低于92%',
    );
    assert.equal((await db.alert('REV-OUTTURN', '390208/GPB')).threshold, '116.000000');
  });

  it('compares the exact outturn: 10^10-yuan budgets just under and just over each band edge', async () => {
    const cases: [string, string][] = [
      ['390201', '9400000000.00'], // 94 %: quiet
      ['390202', '9399999999.99'], // 93.9999999999 %: 94.000000 once rounded, still outside
      ['390203', '11200000000.00'], // 112 %: quiet
      ['390204', '11200000000.01'], // 112.0000000001 %
      ['390205', '11600000000.01'], // 116.0000000001 %
    ];
    for (const [region, actual] of cases) await collect(db, { region, budget: '10000000000.00', actual });
    await db.detect('REV-OUTTURN');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), {
      '390202/GPB': 'yellow',
      '390204/GPB': 'yellow',
      '390205/GPB': 'red',
    });
    assert.equal(
      (await db.alert('REV-OUTTURN', '390202/GPB')).explanation_zh,
      '2025年一般公共预算本级收入完成9,399,999,999.99元，为年初预算10,000,000,000.00元的93.99%，低于94%',
    );
    assert.equal(
      (await db.alert('REV-OUTTURN', '390204/GPB')).explanation_zh,
      '2025年一般公共预算本级收入完成11,200,000,000.01元，为年初预算10,000,000,000.00元的112.01%，高于112%',
    );
  });

  it('measures own revenue: transfers (110), debt revenue (105) and loan recoveries (104) count in neither actual nor budget', async () => {
    await collect(db, { region: '390201', code: '10101', budget: '7000.00', actual: '7000.00' });
    await collect(db, { region: '390201', code: '10302', budget: '3000.00', actual: '3000.00' });
    await collect(db, { region: '390201', code: '11002', budget: '5000.00', actual: '1000.00' });
    await collect(db, { region: '390201', code: '105', budget: '0.00', actual: '9000.00' });
    await collect(db, { region: '390201', code: '104', budget: '100.00', actual: '0.00' });
    await db.detect('REV-OUTTURN');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), {});
  });

  it('judges only years before the as-of year with all twelve months loaded', async () => {
    await collect(db, { region: '390201', year: 2025, budget: '10000.00', actual: '5000.00', through: 11 });
    await collect(db, { region: '390202', year: 2026, budget: '10000.00', actual: '5000.00', through: 11 });
    await collect(db, { region: '390203', year: 2025, budget: '10000.00', actual: '5000.00' });
    await db.detect('REV-OUTTURN', '2025-12-31');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), {});
    await db.detect('REV-OUTTURN', '2026-01-05');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), { '390203/GPB': 'red' });
  });

  it('stays quiet on a year at budget', async () => {
    await collect(db, { region: '390100', budget: '10000.00', actual: '10000.00' });
    await collect(db, { region: '390100', book: 'SIF', code: '102', budget: '500.00', actual: '505.00' });
    await db.detect('REV-OUTTURN');
    assert.deepEqual(await db.alerts('REV-OUTTURN'), {});
  });
});
