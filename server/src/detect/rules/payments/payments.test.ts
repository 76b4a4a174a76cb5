import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('PAY-LARGE 大额支付', () => {
  it('flags a payment at and over the threshold, not just under it', async () => {
    await db.payment('U', '4999999.99');
    await db.payment('AT', '5000000.00');
    await db.payment('O', '5000000.01');
    await db.detect('PAY-LARGE');
    assert.deepEqual(await db.alerts('PAY-LARGE'), { AT: 'yellow', O: 'yellow' });
  });

  it('uses a district override for its townships too, and the defaults elsewhere', async () => {
    await db.override('PAY-LARGE', '390102', { threshold: 1_000_000 });
    await db.payment('TOWN', '1000000.00', { region: '390102001' });
    await db.payment('TOWN-UNDER', '999999.99', { region: '390102001' });
    await db.payment('CITY', '1000000.00', { region: '390100' });
    await db.detect('PAY-LARGE');
    assert.deepEqual(await db.alerts('PAY-LARGE'), { TOWN: 'yellow' });
    const stored = await db.sql(`SELECT params, threshold::text, explanation_zh FROM alerts WHERE entity_key = 'TOWN'`);
    assert.deepEqual(stored.rows[0].params, { threshold: 1_000_000 });
    assert.equal(stored.rows[0].threshold, '1000000.000000');
    assert.match(stored.rows[0].explanation_zh, /单笔支付1,000,000.00元，达到大额标准1,000,000.00元/);
  });

  it('ignores payments after the as-of date', async () => {
    await db.payment('LATE', '9000000.00', { date: '2026-11-21' });
    await db.detect('PAY-LARGE', '2026-11-20');
    assert.deepEqual(await db.alerts('PAY-LARGE'), {});
  });
});

describe('PAY-CASH 大额现金支付', () => {
  it('flags cash payments at and over 20,000 only', async () => {
    await db.payment('U', '19999.99', { settle: 'cash' });
    await db.payment('AT', '20000.00', { settle: 'cash' });
    await db.payment('O', '20000.01', { settle: 'cash' });
    await db.payment('CARD', '90000.00', { settle: 'card' });
    await db.detect('PAY-CASH');
    assert.deepEqual(await db.alerts('PAY-CASH'), { AT: 'orange', O: 'orange' });
  });
});

describe('PAY-INDIV 向个人大额支付', () => {
  it('flags individuals at and over 50,000 outside wages and household transfers', async () => {
    await db.payment('U', '49999.99', { payeeType: 'individual' });
    await db.payment('AT', '50000.00', { payeeType: 'individual' });
    await db.payment('O', '50000.01', { payeeType: 'individual' });
    await db.payment('WAGE', '80000.00', { payeeType: 'individual', econ: '30101' });
    await db.payment('HOUSEHOLD', '80000.00', { payeeType: 'individual', econ: '30305' });
    await db.payment('UNIT', '80000.00', { payeeType: 'unit' });
    await db.detect('PAY-INDIV');
    assert.deepEqual(await db.alerts('PAY-INDIV'), { AT: 'orange', O: 'orange' });
  });
});
