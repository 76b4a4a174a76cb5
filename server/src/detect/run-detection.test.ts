import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runDetection } from './run-detection';
import { useRuleDatabase } from './testing/rule-fixtures';

const db = useRuleDatabase();

describe('detection runs', () => {
  it('adds nothing on unchanged data and keeps the review status', async () => {
    await db.payment('BIG', '6000000.00');
    const first = await db.detect('PAY-LARGE');
    assert.equal(first.rules[0]!.created, 1);
    await db.sql(`UPDATE alerts SET status = 'verifying'`);
    const second = await db.detect('PAY-LARGE');
    assert.deepEqual([second.rules[0]!.created, second.rules[0]!.updated, second.rules[0]!.resolved], [0, 0, 0]);
    const stored = await db.sql(`SELECT status::text FROM alerts`);
    assert.deepEqual(stored.rows, [{ status: 'verifying' }]);
  });

  it('updates an alert whose data changed, resolves one no longer found, and reopens it when it returns', async () => {
    await db.payment('BIG', '6000000.00');
    await db.detect('PAY-LARGE');
    await db.sql(`UPDATE payments SET amount = 7000000.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await db.detect('PAY-LARGE')).rules[0]!.updated, 1);
    await db.sql(`UPDATE payments SET amount = 100.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await db.detect('PAY-LARGE')).rules[0]!.resolved, 1);
    assert.deepEqual(await db.alerts('PAY-LARGE'), {});
    await db.sql(`UPDATE payments SET amount = 8000000.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await db.detect('PAY-LARGE')).rules[0]!.updated, 1);
    assert.deepEqual(await db.alerts('PAY-LARGE'), { BIG: 'yellow' });
    const history = await db.sql(`SELECT kind FROM alert_events ORDER BY id`);
    assert.deepEqual(
      history.rows.map((r: { kind: string }) => r.kind),
      ['detected', 'data_changed', 'resolved', 'data_changed'],
    );
  });

  it('stores a rule’s findings past one statement’s worth, each with its event', async () => {
    await db.sql(
      `INSERT INTO payments (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, payee_name, payee_type, pay_method, settle_method, amount)
       SELECT 'BIG-' || g, '2026-06-10', '390100', 'GPB', 'A1', '2010101', '30201', '收款人' || g, 'unit', 'direct', 'transfer', 6000000.00
       FROM generate_series(1, 5001) AS g`,
    );
    assert.equal((await db.detect('PAY-LARGE')).rules[0]!.created, 5001);
    const stored = await db.sql(
      `SELECT (SELECT count(*)::int FROM alerts) AS alerts, (SELECT count(*)::int FROM alert_events WHERE kind = 'detected') AS events`,
    );
    assert.deepEqual(stored.rows, [{ alerts: 5001, events: 5001 }]);
    assert.equal((await db.detect('PAY-LARGE')).rules[0]!.created, 0);
  });

  it('limits a run to a region and its sub-regions, leaving other alerts alone', async () => {
    await db.payment('CITY', '6000000.00', { region: '390100' });
    await db.payment('TOWN', '6000000.00', { region: '390102001' });
    await db.detect('PAY-LARGE');
    await db.sql(`DELETE FROM payments`);
    const summary = await runDetection(db.pool, { ruleCodes: ['PAY-LARGE'], asOf: '2026-11-20', regionCode: '390102' });
    assert.equal(summary.rules[0]!.resolved, 1);
    assert.deepEqual(await db.alerts('PAY-LARGE'), { CITY: 'yellow' });
  });
});
