import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Actor } from '../auth/roles';
import { useRuleDatabase } from '../detect/testing/rule-fixtures';
import { addTestUser } from '../testing/sign-in';
import { AppError } from '../trpc/app-error';
import { transitionAlerts } from './alert-workflow';
import { alertTransitionInputSchema, type AlertTransitionInput } from './alerts.schemas';
import { getAlert } from './alerts.service';

const db = useRuleDatabase();
let actor: Actor;
const everywhere = () => Promise.resolve(true);
const NOW = new Date('2026-11-25T04:00:00Z');

/** Two PAY-LARGE alerts, ids in voucher order. */
async function twoAlerts(): Promise<[string, string]> {
  await db.payment('BIG-1', '6000000.00');
  await db.payment('BIG-2', '7000000.00', { region: '390121' });
  await db.detect('PAY-LARGE');
  const rows = await db.pool.query<{ id: string }>(`SELECT id::text FROM alerts ORDER BY entity_key`);
  return [rows.rows[0]!.id, rows.rows[1]!.id];
}

const act = (input: AlertTransitionInput, visible: (region: string) => Promise<boolean> = everywhere) => transitionAlerts(db.pool, alertTransitionInputSchema.parse(input), actor, visible, NOW);
const statuses = async () => (await db.pool.query<{ status: string }>(`SELECT status::text FROM alerts ORDER BY entity_key`)).rows.map((r) => r.status);
const rejectsWith = (promise: Promise<unknown>, code: string, message: RegExp) =>
  assert.rejects(promise, (error: unknown) => error instanceof AppError && error.code === code && message.test(`${error.messageZh} ${error.messageEn}`));

describe('alert workflow', () => {
  before(async () => {
    actor = await addTestUser(db.pool, 'staff', { username: 'workflow.staff' });
  });

  it('takes an alert from 新发现 through 核实中, 已交办, 已反馈 to 已办结, recording who, when and what', async () => {
    const [id] = await twoAlerts();
    await act({ ids: [id], action: 'verify', comment: '调取凭证核实' });
    await act({ ids: [id], action: 'assign', assigneeUnit: '市教育局', deadline: '2026-12-10', comment: '请说明支付依据' });
    await act({ ids: [id], action: 'reply', comment: '系年度设备采购合同款，附合同' });
    await act({ ids: [id], action: 'close', comment: '依据充分' });
    const alert = await getAlert(db.pool, id);
    assert.equal(alert.status, 'closed');
    assert.equal(alert.assigneeUnit, '市教育局');
    assert.equal(alert.deadline, '2026-12-10');
    const steps = alert.events.filter((e) => e.kind === 'status');
    assert.deepEqual(
      steps.map((e) => [e.fromStatus, e.toStatus, e.comment, e.actor]),
      [
        ['new', 'verifying', '调取凭证核实', '测试staff'],
        ['verifying', 'assigned', '请说明支付依据', '测试staff'],
        ['assigned', 'replied', '系年度设备采购合同款，附合同', '测试staff'],
        ['replied', 'closed', '依据充分', '测试staff'],
      ],
    );
    assert.deepEqual(steps[1]!.details, { assigneeUnit: '市教育局', deadline: '2026-12-10' });
    const audited = await db.pool.query(`SELECT details->>'to' AS "to" FROM audit_log WHERE action = 'alert.status' AND target = $1 ORDER BY id`, [id]);
    assert.deepEqual(audited.rows.map((r: { to: string }) => r.to), ['verifying', 'assigned', 'replied', 'closed']);

    // A later detection run over the same data leaves the review where it is.
    await db.detect('PAY-LARGE');
    assert.equal((await getAlert(db.pool, id)).status, 'closed');
    await act({ ids: [id], action: 'reopen', comment: '审计发现新情况' });
    assert.equal((await getAlert(db.pool, id)).status, 'verifying');
  });

  it('marks a false positive with its reason, and refuses one without', async () => {
    const [id] = await twoAlerts();
    assert.throws(() => alertTransitionInputSchema.parse({ ids: [id], action: 'falsePositive' }), /falsePositive needs a comment/);
    assert.throws(() => alertTransitionInputSchema.parse({ ids: [id], action: 'assign', assigneeUnit: '市财政局' }), /assign needs/);
    assert.throws(() => alertTransitionInputSchema.parse({ ids: [id], action: 'close', deadline: '2026-12-01' }), /only assign/);
    await act({ ids: [id], action: 'falsePositive', comment: '该笔为工资统发，按规定执行' });
    assert.deepEqual(await statuses(), ['false_positive', 'new']);
  });

  it('refuses a step the status does not allow, naming the status, and changes nothing', async () => {
    const [id] = await twoAlerts();
    await rejectsWith(act({ ids: [id], action: 'reply', comment: '反馈' }), 'CONFLICT', /当前为“新发现”，不能登记反馈/);
    await rejectsWith(act({ ids: [id], action: 'close' }), 'CONFLICT', /cannot be closed/);
    assert.deepEqual(await statuses(), ['new', 'new']);
    assert.equal((await db.pool.query(`SELECT 1 FROM alert_events WHERE kind = 'status'`)).rowCount, 0);
  });

  it('acts on many alerts at once, all or none', async () => {
    const [first, second] = await twoAlerts();
    await act({ ids: [first], action: 'verify' });
    // 'second' is new, 'first' verifying: both may be assigned.
    await act({ ids: [first, second], action: 'assign', assigneeUnit: '市卫健委', deadline: '2026-11-25' });
    assert.deepEqual(await statuses(), ['assigned', 'assigned']);
    // Only 'first' could be closed from here; neither is, since the batch is all or none.
    await act({ ids: [first], action: 'reply', comment: '已整改' });
    await rejectsWith(act({ ids: [first, second], action: 'close' }), 'CONFLICT', new RegExp(`预警${second}`));
    assert.deepEqual(await statuses(), ['replied', 'assigned']);
  });

  it("answers another region's alert like a missing one, and refuses a deadline in the past", async () => {
    const [first, second] = await twoAlerts();
    const cityOnly = (region: string) => Promise.resolve(region === '390100');
    await rejectsWith(act({ ids: [first, second], action: 'verify' }, cityOnly), 'NOT_FOUND', new RegExp(second));
    await rejectsWith(act({ ids: ['999999'], action: 'verify' }), 'NOT_FOUND', /999999/);
    await rejectsWith(act({ ids: [first], action: 'assign', assigneeUnit: '市财政局', deadline: '2026-11-24' }), 'BAD_REQUEST', /deadline cannot be before today/);
    assert.deepEqual(await statuses(), ['new', 'new']);
  });
});
