import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('PAY-DUP 疑似重复支付', () => {
  it('flags the later of two equal payments up to 3 days apart, not 4', async () => {
    await db.payment('A1', '12345.67', { date: '2026-06-01', payee: '甲' });
    await db.payment('A2', '12345.67', { date: '2026-06-04', payee: '甲' });
    await db.payment('B1', '12345.67', { date: '2026-06-01', payee: '乙' });
    await db.payment('B2', '12345.67', { date: '2026-06-05', payee: '乙' });
    await db.payment('C1', '800.00', { date: '2026-06-10', payee: '丙' });
    await db.payment('C2', '800.00', { date: '2026-06-10', payee: '丙' });
    await db.detect('PAY-DUP');
    assert.deepEqual(await db.alerts('PAY-DUP'), { A2: 'red', C2: 'red' });
    const alert = await db.alert('PAY-DUP', 'A2');
    assert.equal(alert.period, '2026-06-04');
    assert.equal(alert.measured_value, '12345.670000');
    assert.deepEqual(alert.evidence['vouchers'], ['A1', 'A2']);
    assert.equal(alert.evidence['daysApart'], 3);
    assert.match(alert.explanation_zh, /向“甲”支付12,345.67元（凭证A2，2026-06-04），与3天前凭证A1金额相同/);
  });

  it('needs the same agency, payee and amount', async () => {
    await db.payment('X1', '5000.00', { agency: 'A1', payee: '甲' });
    await db.payment('X2', '5000.00', { agency: 'A2', payee: '甲' });
    await db.payment('Y1', '5000.00', { agency: 'A3', payee: '甲' });
    await db.payment('Y2', '5000.00', { agency: 'A3', payee: '乙' });
    await db.payment('Z1', '5000.00', { agency: 'A4', payee: '甲' });
    await db.payment('Z2', '5000.01', { agency: 'A4', payee: '甲' });
    await db.detect('PAY-DUP');
    assert.deepEqual(await db.alerts('PAY-DUP'), {});
  });

  it('is cancelled by a reversal of the same agency and payee dated on or after the earlier payment', async () => {
    // Reversed the day after the repeat, or on the day of the first payment: cancelled.
    await db.payment('R1', '9000.00', { date: '2026-06-01', payee: '甲' });
    await db.payment('R2', '9000.00', { date: '2026-06-02', payee: '甲' });
    await db.payment('R3', '-9000.00', { date: '2026-06-03', payee: '甲' });
    await db.payment('S1', '9000.00', { date: '2026-06-01', payee: '乙' });
    await db.payment('S2', '9000.00', { date: '2026-06-02', payee: '乙' });
    await db.payment('S3', '-9000.00', { date: '2026-06-01', payee: '乙' });
    // Not cancelled: reversed before the first payment, for another payee, another amount, or after the as-of date.
    await db.payment('T0', '-9000.00', { date: '2026-05-31', payee: '丙' });
    await db.payment('T1', '9000.00', { date: '2026-06-01', payee: '丙' });
    await db.payment('T2', '9000.00', { date: '2026-06-02', payee: '丙' });
    await db.payment('U1', '9000.00', { date: '2026-06-01', payee: '丁' });
    await db.payment('U2', '9000.00', { date: '2026-06-02', payee: '丁' });
    await db.payment('U3', '-9000.00', { date: '2026-06-03', payee: '戊' });
    await db.payment('V1', '9000.00', { date: '2026-06-01', payee: '己' });
    await db.payment('V2', '9000.00', { date: '2026-06-02', payee: '己' });
    await db.payment('V3', '-8999.99', { date: '2026-06-03', payee: '己' });
    await db.payment('W1', '9000.00', { date: '2026-11-17', payee: '庚' });
    await db.payment('W2', '9000.00', { date: '2026-11-18', payee: '庚' });
    await db.payment('W3', '-9000.00', { date: '2026-11-21', payee: '庚' });
    await db.detect('PAY-DUP', '2026-11-20');
    assert.deepEqual(await db.alerts('PAY-DUP'), { T2: 'red', U2: 'red', V2: 'red', W2: 'red' });
  });

  it('lets one reversal cancel one repeat only', async () => {
    await db.payment('M1', '700.00', { date: '2026-06-01' });
    await db.payment('M2', '700.00', { date: '2026-06-02' });
    await db.payment('M3', '700.00', { date: '2026-06-03' });
    await db.payment('M4', '-700.00', { date: '2026-06-10' });
    await db.detect('PAY-DUP');
    assert.deepEqual(await db.alerts('PAY-DUP'), { M3: 'red' });
    assert.deepEqual((await db.alert('PAY-DUP', 'M3')).evidence['vouchers'], ['M2', 'M3']);
  });

  it('looks at positive payments only and ignores payments after the as-of date', async () => {
    await db.payment('N1', '-700.00', { date: '2026-06-01' });
    await db.payment('N2', '-700.00', { date: '2026-06-02' });
    await db.payment('L1', '700.00', { date: '2026-11-20' });
    await db.payment('L2', '700.00', { date: '2026-11-21' });
    await db.detect('PAY-DUP', '2026-11-20');
    assert.deepEqual(await db.alerts('PAY-DUP'), {});
  });
});
