import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertSoeReport } from './soe-fixture';

const db = useRuleDatabase();

describe('SOE-PRESERVE 国有资本保值增值率低于100%', () => {
  it('flags a rate just under 100%, not at or over it', async () => {
    for (const [code, capital] of [
      ['UNDER', '999999.99'],
      ['AT', '1000000.00'],
      ['OVER', '1000000.01'],
    ] as const) {
      await insertSoeReport(db, code, '2024', { stateCapital: '1000000.00' });
      await insertSoeReport(db, code, '2025', { stateCapital: capital });
    }
    await db.detect('SOE-PRESERVE');
    assert.deepEqual(await db.alerts('SOE-PRESERVE'), { UNDER: 'yellow' });
    const alert = await db.alert('SOE-PRESERVE', 'UNDER');
    assert.equal(alert.period, '2025');
    assert.equal(alert.measured_value, '99.999999');
    assert.equal(alert.threshold, '100.000000');
    assert.deepEqual(alert.evidence.periods, ['2024', '2025']);
    assert.match(
      alert.explanation_zh,
      /2025期末国有资本999,999.99元，上年同期1,000,000.00元，保值增值率99.99%，低于100%/,
    );
  });

  it('compares a quarter with the same quarter a year earlier, never with the annual report', async () => {
    await insertSoeReport(db, 'Q', '2025', { stateCapital: '500.00' });
    await insertSoeReport(db, 'Q', '2025-Q2', { stateCapital: '400.00' });
    await insertSoeReport(db, 'Q', '2026-Q1', { stateCapital: '300.00' });
    await insertSoeReport(db, 'Q', '2026-Q2', { stateCapital: '399.99' });
    await db.detect('SOE-PRESERVE');
    assert.deepEqual(await db.alertsByPeriod('SOE-PRESERVE'), { 'Q@2026-Q2': 'yellow' });
    assert.equal((await db.alert('SOE-PRESERVE', 'Q')).measured_value, '99.997500');
  });

  it('counts a quarter only once it has ended by the as-of date', async () => {
    await insertSoeReport(db, 'Q', '2025-Q3', { stateCapital: '400.00' });
    await insertSoeReport(db, 'Q', '2026-Q3', { stateCapital: '300.00' });
    await db.detect('SOE-PRESERVE', '2026-09-29');
    assert.deepEqual(await db.alerts('SOE-PRESERVE'), {});
    await db.detect('SOE-PRESERVE', '2026-09-30');
    assert.deepEqual(await db.alerts('SOE-PRESERVE'), { Q: 'yellow' });
  });

  it('has no rate without a positive base a year earlier', async () => {
    await insertSoeReport(db, 'NEGATIVE-BASE', '2024', { stateCapital: '-10.00' });
    await insertSoeReport(db, 'NEGATIVE-BASE', '2025', { stateCapital: '-20.00' });
    await insertSoeReport(db, 'NO-BASE', '2025', { stateCapital: '1.00' });
    await db.detect('SOE-PRESERVE');
    assert.deepEqual(await db.alerts('SOE-PRESERVE'), {});
  });

  it('raises nothing for state capital that grows', async () => {
    await insertSoeReport(db, 'GROWING', '2024', { stateCapital: '100.00' });
    await insertSoeReport(db, 'GROWING', '2025', { stateCapital: '105.00' });
    await db.detect('SOE-PRESERVE');
    assert.deepEqual(await db.alerts('SOE-PRESERVE'), {});
  });
});
