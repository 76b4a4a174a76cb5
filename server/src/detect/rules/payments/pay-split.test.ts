import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, type DateWindow } from '../../rule-descriptor';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { paySplit } from './pay-split';

const db = useRuleDatabase();

describe('PAY-SPLIT 疑似拆分支付', () => {
  it('flags two band payments to one payee up to 7 days apart, not 8', async () => {
    await db.payment('A1', '500000.00', { date: '2026-06-01', payee: '甲公司' });
    await db.payment('A2', '500000.00', { date: '2026-06-08', payee: '甲公司' });
    await db.payment('B1', '500000.00', { date: '2026-06-01', payee: '乙公司' });
    await db.payment('B2', '500000.00', { date: '2026-06-09', payee: '乙公司' });
    await db.detect('PAY-SPLIT');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), { A1: 'orange' });
    const alert = await db.alert('PAY-SPLIT', 'A1');
    assert.equal(alert.period, '2026-06-01');
    assert.equal(alert.measured_value, '1000000.000000');
    assert.equal(alert.threshold, '1000000.000000');
    assert.deepEqual(alert.evidence['vouchers'], ['A1', 'A2']);
    assert.equal(alert.evidence['total'], '1000000.00');
    assert.match(alert.explanation_zh, /向“甲公司”支付2笔，每笔均低于采购限额1,000,000.00元，合计1,000,000.00元/);
  });

  it('takes each payment only in [500,000, 1,000,000)', async () => {
    await db.payment('LOW1', '499999.99', { payee: '低' });
    await db.payment('LOW2', '600000.00', { payee: '低' });
    await db.payment('EDGE1', '500000.00', { payee: '边' });
    await db.payment('EDGE2', '999999.99', { payee: '边' });
    await db.payment('HIGH1', '1000000.00', { payee: '高' });
    await db.payment('HIGH2', '600000.00', { payee: '高' });
    await db.detect('PAY-SPLIT');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), { EDGE1: 'orange' });
  });

  it('needs the same agency and the same payee', async () => {
    await db.payment('X1', '600000.00', { agency: 'A1', payee: '甲公司' });
    await db.payment('X2', '600000.00', { agency: 'A2', payee: '甲公司' });
    await db.payment('Y1', '600000.00', { agency: 'A3', payee: '丙公司' });
    await db.payment('Y2', '600000.00', { agency: 'A3', payee: '丁公司' });
    await db.detect('PAY-SPLIT');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), {});
  });

  it('clusters from the first payment: 7 days from it, then a new cluster', async () => {
    // Days 0, 3, 7 form one cluster; days 12 and 17 the next (17 is 10 days after 7, but 5 after 12).
    for (const [voucher, day] of [
      ['C0', 0],
      ['C3', 3],
      ['C7', 7],
      ['C12', 12],
      ['C17', 17],
      ['C30', 30],
    ] as const) {
      await db.payment(voucher, '550000.00', { date: addDays('2026-06-01', day) });
    }
    await db.detect('PAY-SPLIT');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), { C0: 'orange', C12: 'orange' });
    const first = await db.alert('PAY-SPLIT', 'C0');
    assert.deepEqual(first.evidence['vouchers'], ['C0', 'C3', 'C7']);
    assert.equal(first.measured_value, '1650000.000000');
  });

  it('needs the cluster to reach the threshold when the band is wider (region parameters)', async () => {
    await db.override('PAY-SPLIT', '390102', { threshold: 600_000, lowShare: 0.3 });
    // District band [180,000, 600,000): 200,000 + 300,000 stays under 600,000; a third brings it over.
    await db.payment('D1', '200000.00', { region: '390102', payee: '两笔', date: '2026-06-01' });
    await db.payment('D2', '300000.00', { region: '390102', payee: '两笔', date: '2026-06-02' });
    await db.payment('E1', '200000.00', { region: '390102001', payee: '三笔', date: '2026-06-01' });
    await db.payment('E2', '300000.00', { region: '390102001', payee: '三笔', date: '2026-06-02' });
    await db.payment('E3', '179999.99', { region: '390102001', payee: '三笔', date: '2026-06-03' });
    await db.payment('E4', '180000.00', { region: '390102001', payee: '三笔', date: '2026-06-04' });
    // The city keeps [500,000, 1,000,000).
    await db.payment('F1', '300000.00', { region: '390100', payee: '市', date: '2026-06-01' });
    await db.payment('F2', '300000.00', { region: '390100', payee: '市', date: '2026-06-02' });
    await db.payment('F3', '600000.00', { region: '390100', payee: '市', date: '2026-06-03' });
    await db.detect('PAY-SPLIT');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), { E1: 'orange' });
    assert.deepEqual((await db.alert('PAY-SPLIT', 'E1')).evidence['vouchers'], ['E1', 'E2', 'E4']);
  });

  it('ignores payments after the as-of date', async () => {
    await db.payment('P1', '600000.00', { date: '2026-11-18' });
    await db.payment('P2', '600000.00', { date: '2026-11-21' });
    await db.detect('PAY-SPLIT', '2026-11-20');
    assert.deepEqual(await db.alerts('PAY-SPLIT'), {});
  });

  it('finds on an incremental run what a full run finds in scope, even within a long run of payments', async () => {
    // A payment every 5 days from 1 March: clusters open on days 0, 10, 20 …, a chain longer than the lookback.
    for (let day = 0; day <= 150; day += 5) {
      await db.payment(`R${String(day).padStart(3, '0')}`, '520000.00', { date: addDays('2026-03-01', day) });
    }
    await db.payment('S1', '700000.00', { date: '2026-06-20', payee: '短' });
    await db.payment('S2', '700000.00', { date: '2026-06-24', payee: '短' });
    const window: DateWindow = { from: '2026-06-15', to: '2026-06-21' };
    const inScope = (period: string) => period >= addDays(window.from, -7) && period <= addDays(window.to, 7);
    const keysOf = async (w: DateWindow | null) =>
      (await compute(w))
        .filter((f) => inScope(f.period))
        .map((f) => `${f.entityKey} ${(f.evidence['vouchers'] as string[]).join(',')}`)
        .sort();
    const full = await keysOf(null);
    assert.deepEqual(full, ['R100 R100,R105', 'R110 R110,R115', 'S1 S1,S2']);
    assert.deepEqual(await keysOf(window), full);
  });
});

function compute(window: DateWindow | null) {
  return paySplit.compute({
    db: db.pool,
    asOf: '2026-11-20',
    now: '2026-11-20T00:00:00Z',
    regions: null,
    paramsFor: () => paySplit.defaults,
    allParams: () => [paySplit.defaults],
    window,
  });
}
