import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertSoeReport } from './soe-fixture';

const db = useRuleDatabase();

describe('SOE-DIVIDEND 国有资本收益欠缴', () => {
  it('flags a shortfall just over 5% of the amount due, not at or under it', async () => {
    for (const [code, paid] of [
      ['UNDER', '95000.01'],
      ['AT', '95000.00'],
      ['OVER', '94999.99'],
    ] as const) {
      await insertSoeReport(db, code, '2025', { dividendsDue: '100000.00', dividendsPaid: paid });
    }
    await db.detect('SOE-DIVIDEND');
    assert.deepEqual(await db.alerts('SOE-DIVIDEND'), { OVER: 'orange' });
    const alert = await db.alert('SOE-DIVIDEND', 'OVER');
    assert.equal(alert.period, '2025');
    assert.equal(alert.measured_value, '5.000010');
    assert.equal(alert.threshold, '5.000000');
    assert.equal(alert.evidence.unpaid, '5000.01');
    assert.equal(
      alert.explanation_zh,
      'OVER公司2025年应交国有资本收益100,000.00元，实交94,999.99元，欠缴5,000.01元（5.01%），超过5%',
    );
  });

  it('judges annual reports only, where something is due, up to the as-of year', async () => {
    await insertSoeReport(db, 'QUARTER', '2026-Q1', { dividendsDue: '100.00', dividendsPaid: '0' });
    await insertSoeReport(db, 'NOTHING-DUE', '2025', { dividendsDue: '0', dividendsPaid: '0' });
    await insertSoeReport(db, 'LATER', '2026', { dividendsDue: '100.00', dividendsPaid: '0' });
    await db.detect('SOE-DIVIDEND', '2025-12-31');
    assert.deepEqual(await db.alerts('SOE-DIVIDEND'), {});
    await db.detect('SOE-DIVIDEND', '2026-01-01');
    assert.deepEqual(await db.alerts('SOE-DIVIDEND'), { LATER: 'orange' });
  });

  it('raises nothing when 97% or more is paid', async () => {
    await insertSoeReport(db, 'PAID', '2024', { dividendsDue: '300.00', dividendsPaid: '291.00' });
    await insertSoeReport(db, 'PAID', '2025', { dividendsDue: '300.00', dividendsPaid: '300.00' });
    await db.detect('SOE-DIVIDEND');
    assert.deepEqual(await db.alerts('SOE-DIVIDEND'), {});
  });
});
