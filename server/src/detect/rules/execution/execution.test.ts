import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('EXE-OVER 超指标支出', () => {
  it('compares net payments with the current amount, adjustments included: over only when above', async () => {
    for (const id of ['UNDER', 'AT', 'OVER']) {
      await db.budgetLine(id, '1000.00');
      await db.budgetLine(`${id}-ADJ`, '100.00', { parent: id, type: 'adjustment' });
    }
    await db.payment('P1', '1099.99', { line: 'UNDER' });
    await db.payment('P2', '1100.00', { line: 'AT' });
    await db.payment('P3', '1200.00', { line: 'OVER' });
    await db.payment('P4', '-99.99', { line: 'OVER' }); // a reversal brings it to 1,100.01
    await db.detect('EXE-OVER');
    assert.deepEqual(await db.alerts('EXE-OVER'), { OVER: 'red' });
    const stored = await db.sql(
      `SELECT measured_value::text, threshold::text, evidence FROM alerts WHERE entity_key = 'OVER'`,
    );
    assert.deepEqual([stored.rows[0].measured_value, stored.rows[0].threshold], ['1100.010000', '1100.000000']);
    assert.deepEqual(stored.rows[0].evidence.vouchers, ['P3', 'P4']);
  });
});
