import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { runDetection } from './run-detection';

let database: TestDatabase;
const sql = (text: string, params: unknown[] = []) => database.pool.query(text, params);

/** One payment, with the columns a rule looks at and neutral values elsewhere. */
async function payment(voucher: string, amount: string, options: { region?: string; date?: string; payeeType?: string; settle?: string; econ?: string; line?: string } = {}) {
  await sql(
    `INSERT INTO payments (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, line_id, payee_name, payee_type, pay_method, settle_method, amount)
     VALUES ($1, $2, $3, 'GPB', 'A1', '2010101', $4, $5, '收款人', $6, 'direct', $7, $8)`,
    [voucher, options.date ?? '2026-06-01', options.region ?? '390100', options.econ ?? '30201', options.line ?? null, options.payeeType ?? 'unit', options.settle ?? 'transfer', amount],
  );
}

/** The alerts of one rule: entity key → severity. */
async function alerts(rule: string): Promise<Record<string, string>> {
  const result = await sql(`SELECT entity_key, severity::text FROM alerts WHERE rule_code = $1 AND resolved_at IS NULL ORDER BY entity_key`, [rule]);
  return Object.fromEntries(result.rows.map((r: { entity_key: string; severity: string }) => [r.entity_key, r.severity]));
}

const detect = (rule: string, asOf = '2026-11-20') => runDetection(database.pool, { ruleCodes: [rule], asOf });

before(async () => {
  database = await createTestDatabase();
  await sql(`INSERT INTO regions (region_code, region_name, parent_code, level) VALUES
    ('390000', '江南省', NULL, 'province'), ('390100', '临江市', '390000', 'city'),
    ('390102', '城东区', '390100', 'county'), ('390102001', '东湖街道', '390102', 'township')`);
});
after(() => database.drop());
beforeEach(async () => {
  await sql('TRUNCATE payments, budget_lines, debt_balances, debt_limits, soe_financials, rule_thresholds, alerts, alert_events CASCADE');
});

describe('PAY-LARGE 大额支付', () => {
  it('flags a payment at and over the threshold, not just under it', async () => {
    await payment('U', '4999999.99');
    await payment('AT', '5000000.00');
    await payment('O', '5000000.01');
    await detect('PAY-LARGE');
    assert.deepEqual(await alerts('PAY-LARGE'), { AT: 'yellow', O: 'yellow' });
  });

  it('uses a district override for its townships too, and the defaults elsewhere', async () => {
    await sql(`INSERT INTO rules (code, version, name_zh, name_en, category, default_params) VALUES ('PAY-LARGE', 1, '大额支付', 'Large payment', 'payments', '{}') ON CONFLICT DO NOTHING`);
    await sql(`INSERT INTO rule_thresholds (rule_code, region_code, params, updated_at) VALUES ('PAY-LARGE', '390102', '{"threshold": 1000000}', now())`);
    await payment('TOWN', '1000000.00', { region: '390102001' });
    await payment('TOWN-UNDER', '999999.99', { region: '390102001' });
    await payment('CITY', '1000000.00', { region: '390100' });
    await detect('PAY-LARGE');
    assert.deepEqual(await alerts('PAY-LARGE'), { TOWN: 'yellow' });
    const stored = await sql(`SELECT params, threshold::text, explanation_zh FROM alerts WHERE entity_key = 'TOWN'`);
    assert.deepEqual(stored.rows[0].params, { threshold: 1_000_000 });
    assert.equal(stored.rows[0].threshold, '1000000.000000');
    assert.match(stored.rows[0].explanation_zh, /单笔支付1,000,000.00元，达到大额标准1,000,000.00元/);
  });

  it('ignores payments after the as-of date', async () => {
    await payment('LATE', '9000000.00', { date: '2026-11-21' });
    await detect('PAY-LARGE', '2026-11-20');
    assert.deepEqual(await alerts('PAY-LARGE'), {});
  });
});

describe('PAY-CASH 大额现金支付', () => {
  it('flags cash payments at and over 20,000 only', async () => {
    await payment('U', '19999.99', { settle: 'cash' });
    await payment('AT', '20000.00', { settle: 'cash' });
    await payment('O', '20000.01', { settle: 'cash' });
    await payment('CARD', '90000.00', { settle: 'card' });
    await detect('PAY-CASH');
    assert.deepEqual(await alerts('PAY-CASH'), { AT: 'orange', O: 'orange' });
  });
});

describe('PAY-INDIV 向个人大额支付', () => {
  it('flags individuals at and over 50,000 outside wages and household transfers', async () => {
    await payment('U', '49999.99', { payeeType: 'individual' });
    await payment('AT', '50000.00', { payeeType: 'individual' });
    await payment('O', '50000.01', { payeeType: 'individual' });
    await payment('WAGE', '80000.00', { payeeType: 'individual', econ: '30101' });
    await payment('HOUSEHOLD', '80000.00', { payeeType: 'individual', econ: '30305' });
    await payment('UNIT', '80000.00', { payeeType: 'unit' });
    await detect('PAY-INDIV');
    assert.deepEqual(await alerts('PAY-INDIV'), { AT: 'orange', O: 'orange' });
  });
});

describe('EXE-OVER 超指标支出', () => {
  async function line(id: string, amount: string, parent: string | null = null, type = 'initial') {
    await sql(
      `INSERT INTO budget_lines (line_id, fiscal_year, region_code, book, agency_code, func_code, econ_code, line_type, parent_line_id, amount, doc_no, issued_date)
       VALUES ($1, 2026, '390100', 'GPB', 'A1', '2010101', '30201', $2, $3, $4, '临财预〔2026〕1号', '2026-01-10')`,
      [id, type, parent, amount],
    );
  }

  it('compares net payments with the current amount, adjustments included: over only when above', async () => {
    for (const id of ['UNDER', 'AT', 'OVER']) {
      await line(id, '1000.00');
      await line(`${id}-ADJ`, '100.00', id, 'adjustment');
    }
    await payment('P1', '1099.99', { line: 'UNDER' });
    await payment('P2', '1100.00', { line: 'AT' });
    await payment('P3', '1200.00', { line: 'OVER' });
    await payment('P4', '-99.99', { line: 'OVER' }); // a reversal brings it to 1,100.01
    await detect('EXE-OVER');
    assert.deepEqual(await alerts('EXE-OVER'), { OVER: 'red' });
    const stored = await sql(`SELECT measured_value::text, threshold::text, evidence FROM alerts WHERE entity_key = 'OVER'`);
    assert.deepEqual([stored.rows[0].measured_value, stored.rows[0].threshold], ['1100.010000', '1100.000000']);
    assert.deepEqual(stored.rows[0].evidence.vouchers, ['P3', 'P4']);
  });
});

describe('DEBT-OVERLIMIT 债务余额超限额', () => {
  it('flags a balance above the limit of its year and type, using the latest month', async () => {
    await sql(`INSERT INTO debt_limits (fiscal_year, region_code, debt_type, limit_amount) VALUES
      (2026, '390100', 'general', 100.00), (2026, '390100', 'special', 100.00), (2026, '390102', 'general', 100.00)`);
    await sql(`INSERT INTO debt_balances (period, region_code, debt_type, balance, principal_repaid, interest_paid, overdue_amount) VALUES
      ('2026-05', '390100', 'general', 150.00, 0, 0, 0), ('2026-06', '390100', 'general', 99.99, 0, 0, 0),
      ('2026-06', '390100', 'special', 100.00, 0, 0, 0),
      ('2026-06', '390102', 'general', 100.01, 0, 0, 0)`);
    await detect('DEBT-OVERLIMIT');
    assert.deepEqual(await alerts('DEBT-OVERLIMIT'), { '390102/general': 'red' });
  });
});

describe('SOE-LEVERAGE 资产负债率超警戒线', () => {
  it('climbs the ladder at 65/70 for industrial and 70/75 for other enterprises', async () => {
    const rows: [string, string, string][] = [
      ['I-UNDER', 'industrial', '64.99'],
      ['I-WARN', 'industrial', '65.00'],
      ['I-WARN-TOP', 'industrial', '69.99'],
      ['I-KEY', 'industrial', '70.00'],
      ['N-UNDER', 'non_industrial', '69.99'],
      ['N-WARN', 'non_industrial', '70.00'],
      ['N-KEY', 'non_industrial', '75.00'],
    ];
    for (const [code, industry, liabilities] of rows) {
      await sql(
        `INSERT INTO soe_financials (enterprise_code, period, enterprise_name, region_code, supervisor, industry_class, total_assets, total_liabilities,
           owner_equity, state_capital, revenue, total_profit, net_profit, dividends_due, dividends_paid)
         VALUES ($1::text, '2025', $1::text, '390100', '市国资委', $2::"IndustryClass", 100.00, $3::numeric, 0, 0, 0, 0, 0, 0, 0)`,
        [code, industry, liabilities],
      );
    }
    await detect('SOE-LEVERAGE');
    assert.deepEqual(await alerts('SOE-LEVERAGE'), { 'I-KEY': 'red', 'I-WARN': 'yellow', 'I-WARN-TOP': 'yellow', 'N-KEY': 'red', 'N-WARN': 'yellow' });
  });
});

describe('detection runs', () => {
  it('adds nothing on unchanged data and keeps the review status', async () => {
    await payment('BIG', '6000000.00');
    const first = await detect('PAY-LARGE');
    assert.equal(first.rules[0]!.created, 1);
    await sql(`UPDATE alerts SET status = 'verifying'`);
    const second = await detect('PAY-LARGE');
    assert.deepEqual([second.rules[0]!.created, second.rules[0]!.updated, second.rules[0]!.resolved], [0, 0, 0]);
    const stored = await sql(`SELECT status::text FROM alerts`);
    assert.deepEqual(stored.rows, [{ status: 'verifying' }]);
  });

  it('updates an alert whose data changed, resolves one no longer found, and reopens it when it returns', async () => {
    await payment('BIG', '6000000.00');
    await detect('PAY-LARGE');
    await sql(`UPDATE payments SET amount = 7000000.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await detect('PAY-LARGE')).rules[0]!.updated, 1);
    await sql(`UPDATE payments SET amount = 100.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await detect('PAY-LARGE')).rules[0]!.resolved, 1);
    assert.deepEqual(await alerts('PAY-LARGE'), {});
    await sql(`UPDATE payments SET amount = 8000000.00 WHERE voucher_no = 'BIG'`);
    assert.equal((await detect('PAY-LARGE')).rules[0]!.updated, 1);
    assert.deepEqual(await alerts('PAY-LARGE'), { BIG: 'yellow' });
    const history = await sql(`SELECT kind FROM alert_events ORDER BY id`);
    assert.deepEqual(
      history.rows.map((r: { kind: string }) => r.kind),
      ['detected', 'data_changed', 'resolved', 'data_changed'],
    );
  });

  it('limits a run to a region and its sub-regions, leaving other alerts alone', async () => {
    await payment('CITY', '6000000.00', { region: '390100' });
    await payment('TOWN', '6000000.00', { region: '390102001' });
    await detect('PAY-LARGE');
    await sql(`DELETE FROM payments`);
    const summary = await runDetection(database.pool, { ruleCodes: ['PAY-LARGE'], asOf: '2026-11-20', regionCode: '390102' });
    assert.equal(summary.rules[0]!.resolved, 1);
    assert.deepEqual(await alerts('PAY-LARGE'), { CITY: 'yellow' });
  });
});
