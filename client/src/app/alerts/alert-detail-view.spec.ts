import { sampleAlertDetail } from '../testing/alert-fixtures';
import type { AlertEvent } from './alert.types';
import { buildAlertDetailView, buildAlertEventView } from './alert-detail-view';

type Status = AlertEvent['toStatus'];
const event = (
  kind: string,
  details: Record<string, unknown>,
  extra: { fromStatus?: Status; toStatus?: Status; comment?: string; actor?: string } = {},
) => ({
  kind,
  actor: extra.actor ?? null,
  fromStatus: extra.fromStatus ?? null,
  toStatus: extra.toStatus ?? null,
  comment: extra.comment ?? '',
  details,
  createdAt: '2026-11-20T06:05:00Z',
});

describe('buildAlertDetailView', () => {
  it('gathers the version, the parameters in force, the evidence and the history', () => {
    const view = buildAlertDetailView(sampleAlertDetail(), 'zh-CN');
    expect(view.row.value).toBe('620.00万元');
    expect(view.ruleVersion).toBe('v2');
    expect(view.params).toEqual([{ key: 'threshold', value: '5,000,000' }]);
    expect(view.evidence.lists).toEqual([{ key: 'vouchers', label: '支付凭证号', items: ['V2026000123'] }]);
    expect(view.events.map((e) => e.label)).toEqual(['发现', '数据变化']);
    expect(view.assigneeUnit).toBe('—');
    expect(view.deadline).toBe('—');
    expect(view.resolvedAt).toBeNull();
  });

  it('dates a resolved alert and its deadline', () => {
    const view = buildAlertDetailView(
      sampleAlertDetail({ resolvedAt: '2026-11-22T00:00:00Z', deadline: '2026-12-31', assigneeUnit: '财政局' }),
      'en',
    );
    expect(view.resolvedAt).toMatch(/Nov 2026/);
    expect(view.deadline).toBe('31 Dec 2026');
    expect(view.assigneeUnit).toBe('财政局');
  });
});

describe('buildAlertEventView', () => {
  it('tells the severity and value a detection found, in the rule’s unit', () => {
    const view = buildAlertEventView(event('detected', { severity: 'red', value: '31.2045' }), 'points', 'zh-CN');
    expect(view).toEqual(
      jasmine.objectContaining({
        kind: 'detected',
        label: '发现',
        color: 'red',
        lines: ['等级 红，测量值 31.2 个百分点'],
      }),
    );
  });

  it('tells what changed and that a resolved alert came back', () => {
    const view = buildAlertEventView(
      event('data_changed', {
        from: { severity: 'yellow', value: '5800000', resolved: true },
        to: { severity: 'orange', value: '6200000' },
      }),
      'amount',
      'en',
    );
    expect(view.lines).toEqual([
      'The resolved anomaly appeared again in new data',
      'Severity Yellow → Orange, value 580.00 10k yuan → 620.00 10k yuan',
    ]);
  });

  it('replaces the server’s English-only reason of a resolution with bilingual text', () => {
    expect(buildAlertEventView(event('resolved', { reason: 'no longer found' }), 'amount', 'zh-CN').lines).toEqual([
      '规则在当前数据中不再发现该疑点',
    ]);
  });

  it('names a status change by its action, with who did it, the step and the comment', () => {
    const view = buildAlertEventView(
      event(
        'status',
        {},
        { fromStatus: 'new', toStatus: 'verifying', comment: ' 已转财政局核实 ', actor: '张工作人员' },
      ),
      'amount',
      'zh-CN',
    );
    expect(view).toEqual(
      jasmine.objectContaining({
        action: 'verify',
        label: '开始核实',
        color: 'blue',
        actor: '张工作人员',
        lines: ['新发现 → 核实中'],
        comment: { label: '办理意见：', text: '已转财政局核实' },
      }),
    );
  });

  it('tells 重新核实 from 开始核实 and labels each comment for what it is', () => {
    const reopened = buildAlertEventView(
      event(
        'status',
        {},
        { fromStatus: 'false_positive', toStatus: 'verifying', comment: '数据已更正', actor: '张工作人员' },
      ),
      'amount',
      'en',
    );
    expect(reopened).toEqual(
      jasmine.objectContaining({
        action: 'reopen',
        label: 'Reopen',
        lines: ['False positive → Verifying'],
        comment: { label: 'Reason for reopening: ', text: '数据已更正' },
      }),
    );
    const reply = buildAlertEventView(
      event('status', {}, { fromStatus: 'assigned', toStatus: 'replied', comment: '已整改\n退回资金' }),
      'amount',
      'zh-CN',
    );
    expect(reply.comment).toEqual({ label: '单位反馈：', text: '已整改\n退回资金' });
    expect(reply.lines).toEqual(['已交办 → 已反馈']);
  });

  it('gives the unit and the deadline of 交办', () => {
    const view = buildAlertEventView(
      event(
        'status',
        { assigneeUnit: '市教育局', deadline: '2026-12-08' },
        { fromStatus: 'verifying', toStatus: 'assigned', actor: '张工作人员' },
      ),
      'amount',
      'zh-CN',
    );
    expect(view.label).toBe('交办');
    expect(view.lines).toEqual(['核实中 → 已交办', '承办单位：市教育局；办理期限：2026年12月8日']);
    expect(view.comment).toBeNull();
    const malformed = buildAlertEventView(
      event('status', { deadline: 'next week' }, { fromStatus: 'new', toStatus: 'assigned' }),
      'amount',
      'en',
    );
    expect(malformed.lines[1]).toBe('Assigned to —, due —');
  });

  it('credits the detection engine’s events to 系统 / System', () => {
    expect(buildAlertEventView(event('detected', { severity: 'red', value: '1' }), 'amount', 'zh-CN').actor).toBe(
      '系统',
    );
    expect(buildAlertEventView(event('resolved', {}), 'amount', 'en').actor).toBe('System');
  });

  it('shows an unknown kind by its key, and a status pair outside the workflow as a plain status change', () => {
    const unknown = buildAlertEventView(event('exported', {}), 'amount', 'en');
    expect(unknown).toEqual(
      jasmine.objectContaining({ label: 'exported', color: 'gray', lines: [], action: null, comment: null }),
    );
    const odd = buildAlertEventView(event('status', {}, { fromStatus: 'new', toStatus: 'closed' }), 'amount', 'zh-CN');
    expect(odd).toEqual(jasmine.objectContaining({ label: '状态变更', action: null, lines: ['新发现 → 已办结'] }));
  });

  it('dashes details that are missing or malformed', () => {
    expect(buildAlertEventView(event('detected', { severity: 'purple' }), 'amount', 'en').lines).toEqual([
      'Severity —, value —',
    ]);
  });
});
