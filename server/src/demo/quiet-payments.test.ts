import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import chineseDays from 'chinese-days';
import { fen, groupBy, loadDemoFixture, type DemoFixture, type Row } from './demo-fixture';

// The payment rules of shared/RULES.md (PAY-*) must stay quiet on the demo's base data.
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;
const BENFORD = Array.from({ length: 9 }, (_, i) => Math.log10(1 + 1 / (i + 1)));

function benfordMad(amounts: readonly number[]): number {
  const counts = new Array<number>(9).fill(0);
  for (const amount of amounts) counts[Number(String(amount)[0]) - 1]!++;
  return counts.reduce((sum, count, i) => sum + Math.abs(count / amounts.length - BENFORD[i]!), 0) / 9;
}

describe('generateDemoCity quiet payments', () => {
  let demo: DemoFixture;
  let payments: Row[];
  before(async () => {
    demo = await loadDemoFixture({ paymentsPerYear: 30_000, planted: false });
    payments = demo.rows.payments;
  });
  after(() => demo.remove());

  it('has no payment of 5,000,000 yuan or more (PAY-LARGE)', () => {
    const largest = Math.max(...payments.map((p) => fen(p['amount']!)));
    assert.ok(largest < 500_000_000 && largest > 300_000_000, `largest ${largest / 100}`);
  });

  it('pays people less than 50,000 yuan each time and cash only below 20,000 (PAY-INDIV, PAY-CASH)', () => {
    const people = payments.filter((p) => p['payee_type'] === 'individual');
    assert.ok(people.length > 1_000);
    for (const p of people) assert.ok(fen(p['amount']!) < 5_000_000, p['voucher_no']);
    const cash = payments.filter((p) => p['settle_method'] === 'cash');
    assert.ok(cash.length > 0);
    for (const p of cash) assert.ok(fen(p['amount']!) < 2_000_000, p['voucher_no']);
  });

  it('never pays one payee twice within 7 days in [500,000, 1,000,000) yuan from one agency (PAY-SPLIT)', () => {
    const inRange = payments.filter((p) => fen(p['amount']!) >= 50_000_000 && fen(p['amount']!) < 100_000_000);
    assert.ok(inRange.length > 100);
    for (const [key, rows] of groupBy(inRange, (p) => `${p['agency_code']}|${p['payee_name']}`)) {
      rows.sort((a, b) => a['pay_date']!.localeCompare(b['pay_date']!));
      for (let i = 1; i < rows.length; i++)
        assert.ok(daysBetween(rows[i - 1]!['pay_date']!, rows[i]!['pay_date']!) > 7, key);
    }
  });

  it('never repeats agency, payee and amount within 3 days (PAY-DUP)', () => {
    for (const [key, rows] of groupBy(payments, (p) => `${p['agency_code']}|${p['payee_name']}|${p['amount']}`)) {
      rows.sort((a, b) => a['pay_date']!.localeCompare(b['pay_date']!));
      for (let i = 1; i < rows.length; i++)
        assert.ok(daysBetween(rows[i - 1]!['pay_date']!, rows[i]!['pay_date']!) > 3, key);
    }
  });

  it('pays only on PRC working days, make-up working days included (PAY-HOLIDAY)', () => {
    const dates = new Set(payments.map((p) => p['pay_date']!));
    for (const date of dates) assert.ok(chineseDays.isWorkday(date), date);
    assert.ok(
      dates.has('2025-01-26') || dates.has('2025-02-08') || dates.has('2025-09-28'),
      'a 调休 Saturday or Sunday is used',
    );
    assert.ok(![...dates].some((d) => d >= '2025-10-01' && d <= '2025-10-08'), 'nothing in the National Day week');
  });

  it('follows Benford’s law per agency and year: MAD < 0.012 wherever there are ≥ 300 payments (PAY-BENFORD)', () => {
    const positive = payments.filter((p) => fen(p['amount']!) >= 1_000);
    const groups = [...groupBy(positive, (p) => `${p['agency_code']}|${p['pay_date']!.slice(0, 4)}`)].filter(
      ([, rows]) => rows.length >= 300,
    );
    assert.ok(groups.length >= 3, `${groups.length} agency-years with 300+ payments`);
    for (const [key, rows] of groups) {
      const mad = benfordMad(rows.map((p) => fen(p['amount']!)));
      assert.ok(mad < 0.012, `${key}: MAD ${mad.toFixed(4)} over ${rows.length}`);
    }
  });

  it('has a handful of reversals, each cancelling one earlier payment of the same line and payee', () => {
    const byVoucher = new Map(payments.map((p) => [p['voucher_no']!, p]));
    const reversals = payments.filter((p) => fen(p['amount']!) < 0);
    assert.ok(reversals.length >= 3 && reversals.length <= 60, `${reversals.length} reversals`);
    for (const reversal of reversals) {
      const original = byVoucher.get(/凭证(\S+?)：/.exec(reversal['purpose']!)?.[1] ?? '');
      assert.ok(original, reversal['voucher_no']);
      assert.equal(fen(original['amount']!), -fen(reversal['amount']!));
      assert.ok(original['pay_date']! < reversal['pay_date']!);
      for (const key of ['line_id', 'payee_name', 'agency_code'] as const) assert.equal(original[key], reversal[key]);
    }
  });

  it('writes realistic payees: accounts of digits, a known payee type, the same account for the same payee', () => {
    const accounts = new Map<string, string>();
    for (const p of payments) {
      assert.match(p['payee_account']!, /^\d{16,19}$/);
      assert.ok(['unit', 'individual'].includes(p['payee_type']!));
      const known = accounts.get(p['payee_name']!);
      if (known) assert.equal(known, p['payee_account']);
      else accounts.set(p['payee_name']!, p['payee_account']!);
    }
    assert.ok(accounts.size > 1_000, `${accounts.size} payees`);
  });
});
