import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('DEBT-OVERLIMIT 债务余额超限额', () => {
  it('flags a balance above the limit of its year and type, using the latest month', async () => {
    await db.sql(`INSERT INTO debt_limits (fiscal_year, region_code, debt_type, limit_amount) VALUES
      (2026, '390100', 'general', 100.00), (2026, '390100', 'special', 100.00), (2026, '390102', 'general', 100.00)`);
    await db.sql(`INSERT INTO debt_balances (period, region_code, debt_type, balance, principal_repaid, interest_paid, overdue_amount) VALUES
      ('2026-05', '390100', 'general', 150.00, 0, 0, 0), ('2026-06', '390100', 'general', 99.99, 0, 0, 0),
      ('2026-06', '390100', 'special', 100.00, 0, 0, 0),
      ('2026-06', '390102', 'general', 100.01, 0, 0, 0)`);
    await db.detect('DEBT-OVERLIMIT');
    assert.deepEqual(await db.alerts('DEBT-OVERLIMIT'), { '390102/general': 'red' });
  });
});
