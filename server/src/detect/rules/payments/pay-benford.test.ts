import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

/** Benford's expected counts for 1,000 payments, rounded (MAD 0.0001). */
const CONFORMING = [301, 176, 125, 97, 79, 67, 58, 51, 46];
/** 300 payments with about as many of each first digit (MAD 0.0597). */
const FLAT_300 = [34, 33, 33, 33, 33, 34, 33, 34, 33];

/**
 * Payments of one agency in one year whose first digits follow `counts` (digits 1…9): digit d is
 * paid as d·step + (i mod step) yuan, all on 10 June, in one INSERT.
 */
async function paymentsWithDigits(
  agency: string,
  counts: readonly number[],
  o: { year?: number; step?: number; sign?: 1 | -1; region?: string; tag?: string } = {},
): Promise<void> {
  const step = o.step ?? 100;
  await db.sql(
    `INSERT INTO payments (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, payee_name, payee_type, pay_method, settle_method, amount)
     SELECT $1 || '-' || $2::int::text || '-' || $6 || '-' || c.digit || '-' || g, make_date($2::int, 6, 10), $3, 'GPB', $1, '2010101', '30201', '收款人',
            'unit', 'direct', 'transfer', $4 * (c.digit * $5 + g % $5)
     FROM unnest($7::int[]) WITH ORDINALITY AS c(n, digit), generate_series(1, c.n) AS g`,
    [agency, o.year ?? 2026, o.region ?? '390100', o.sign ?? 1, step, o.tag ?? 'P', counts],
  );
}

describe('PAY-BENFORD 首位数字偏离', () => {
  it('flags a skewed agency-year from 300 payments on, not at 299', async () => {
    await paymentsWithDigits('FLAT300', FLAT_300);
    await paymentsWithDigits('FLAT299', [33, 33, 33, 33, 33, 34, 33, 34, 33]);
    await paymentsWithDigits('BENFORD', CONFORMING);
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { FLAT300: 'yellow' });
    const alert = await db.alert('PAY-BENFORD', 'FLAT300');
    assert.equal(alert.period, '2026');
    assert.equal(alert.measured_value, '0.059717');
    assert.equal(alert.threshold, '0.015000');
    assert.equal(alert.evidence['n'], 300);
    assert.deepEqual((alert.evidence['digits'] as unknown[])[0], { digit: 1, count: 34, expected: '90.31' });
    assert.match(
      alert.explanation_zh,
      /单位FLAT300（2026年）300笔支付的首位数字偏离本福特定律：平均绝对偏差0.059717，超过0.015/,
    );
  });

  it('counts only positive payments of at least 10 yuan', async () => {
    await paymentsWithDigits('SMALL', [33, 33, 33, 33, 33, 34, 33, 34, 33]);
    // Ten more of 1 yuan and 300 reversals do not bring it to 300.
    await paymentsWithDigits('SMALL', [10, 0, 0, 0, 0, 0, 0, 0, 0], { step: 1, tag: 'S' });
    await paymentsWithDigits('SMALL', FLAT_300, { sign: -1, tag: 'R' });
    // A 300th payment of 9.99 yuan does not count; one of exactly 10.00 yuan does.
    await paymentsWithDigits('NINE', [33, 33, 33, 33, 33, 34, 33, 34, 33]);
    await db.payment('NINE-9.99', '9.99', { agency: 'NINE', date: '2026-06-10' });
    await paymentsWithDigits('TEN', [33, 33, 33, 33, 33, 34, 33, 34, 33]);
    await db.payment('TEN-10.00', '10.00', { agency: 'TEN', date: '2026-06-10' });
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { TEN: 'yellow' });
  });

  it('needs MAD strictly over 0.015 at six decimals when p < 0.001', async () => {
    // n = 20,000: MAD 0.014989, 0.015000005 (0.015000 as stored: not over), 0.015011; p < 1e-200 for all.
    await paymentsWithDigits('UNDER', [5471, 4071, 2499, 1938, 2383, 1339, 1160, 1023, 116]);
    await paymentsWithDigits('AT', [5470, 4072, 2499, 1938, 2383, 1339, 1160, 1023, 116]);
    await paymentsWithDigits('OVER', [5469, 4073, 2499, 1938, 2383, 1339, 1160, 1023, 116]);
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { OVER: 'yellow' });
    assert.equal((await db.alert('PAY-BENFORD', 'OVER')).measured_value, '0.015011');
  });

  it('does not flag a MAD over the bound when chi-square p is not below 0.001', async () => {
    // 300 payments, 20 moved from digit 2 to digit 1: MAD 0.0157 but chi-square 12.2 (p 0.14).
    await paymentsWithDigits('CHANCE', [111, 33, 37, 29, 24, 20, 17, 15, 14]);
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), {});
  });

  it('judges each year on its own and ignores payments after the as-of date', async () => {
    await paymentsWithDigits('SPLITYEARS', [17, 17, 17, 17, 17, 17, 16, 16, 16], { year: 2025 });
    await paymentsWithDigits('SPLITYEARS', [17, 17, 17, 17, 17, 17, 16, 16, 16]);
    await paymentsWithDigits('Y2025', FLAT_300, { year: 2025 });
    await paymentsWithDigits('LATE', FLAT_300, { year: 2027 });
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { Y2025: 'yellow' });
    assert.equal((await db.alert('PAY-BENFORD', 'Y2025')).period, '2025');
  });

  it('counts the as-of month through the as-of date only, however it is summed', async () => {
    // 299 payments before November; the 300th on the as-of date counts, one the day after does not.
    for (const [agency, date] of [['ONTIME', '2026-11-20'], ['AFTER', '2026-11-21']] as const) {
      await paymentsWithDigits(agency, [33, 33, 33, 33, 33, 34, 33, 34, 33]);
      await db.payment(`${agency}-300`, '100.00', { agency, date });
    }
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { ONTIME: 'yellow' });
    // With the later payment gone, November is complete in the sums through the as-of date: the same.
    await db.sql(`DELETE FROM payments WHERE voucher_no = 'AFTER-300'`);
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { ONTIME: 'yellow' });
    await db.detect('PAY-BENFORD', '2026-11-19');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), {});
  });

  it('uses a region override of the minimum count', async () => {
    await db.override('PAY-BENFORD', '390102', { minCount: 100, minAmount: 50 });
    const flat150 = [17, 17, 17, 17, 17, 17, 16, 16, 16];
    await paymentsWithDigits('DISTRICT', flat150, { region: '390102001' });
    // Digits 1–4 of step 10 are 10–49 yuan: under the district's minAmount of 50, so 83 payments remain.
    await paymentsWithDigits('DISTRICT-SMALL', flat150, { region: '390102', step: 10 });
    await paymentsWithDigits('CITY', flat150);
    await db.detect('PAY-BENFORD');
    assert.deepEqual(await db.alerts('PAY-BENFORD'), { DISTRICT: 'yellow' });
  });
});
