import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../detect/testing/rule-fixtures';
import { maskAccount, maskAlertsFor, maskName, seesPayees } from './privacy';

const db = useRuleDatabase();

describe('masking personal data', () => {
  it('masks names keeping the first and, from three characters, the last character', () => {
    assert.equal(maskName('王小明'), '王*明');
    assert.equal(maskName('王明'), '王*');
    assert.equal(maskName('欧阳小明'), '欧**明');
    assert.equal(maskName('王'), '*');
    assert.equal(maskName('John Smith'), 'J********h');
  });

  it('masks accounts to their last four digits', () => {
    assert.equal(maskAccount('6222 0212 3456 1234'), '****1234');
    assert.equal(maskAccount('123'), '****');
  });

  it('lets admins and staff see payees, not auditors or deputies', () => {
    assert.deepEqual((['admin', 'staff', 'auditor', 'deputy'] as const).map(seesPayees), [true, true, false, false]);
  });

  it("masks an individual's name wherever an alert shows it, and accounts, leaving units and other roles alone", async () => {
    await db.payment('V1', '100.00', { payee: '王小明', payeeType: 'individual' });
    await db.payment('V2', '100.00', { payee: '王小', payeeType: 'individual' });
    await db.payment('V3', '100.00', { payee: '临江建设有限公司' });
    const alert = {
      id: '1',
      explanationZh: '向“王小明”支付3笔；另向“王小”及“临江建设有限公司”支付',
      explanationEn: 'paid "王小明" 3 times',
      evidence: { payee: '王小明', rows: [{ payee_name: '王小', payee_account: '6222021234561234' }, { payee_name: '临江建设有限公司' }] },
    };
    const [auditorView] = await maskAlertsFor(db.pool, 'auditor', [alert]);
    assert.equal(auditorView!.explanationZh, '向“王*明”支付3笔；另向“王*”及“临江建设有限公司”支付');
    assert.equal(auditorView!.explanationEn, 'paid "王*明" 3 times');
    assert.deepEqual(auditorView!.evidence, { payee: '王*明', rows: [{ payee_name: '王*', payee_account: '****1234' }, { payee_name: '临江建设有限公司' }] });
    const [staffView] = await maskAlertsFor(db.pool, 'staff', [alert]);
    assert.deepEqual(staffView, alert);
  });
});
