import { sampleAlertDetail } from '../testing/alert-fixtures';
import { buildAlertDetailView, buildAlertEventView } from './alert-detail-view';

const event = (kind: string, details: Record<string, unknown>, extra: { fromStatus?: 'new' | null; toStatus?: 'verifying' | null; comment?: string } = {}) => ({
  kind,
  actor: null,
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
    const view = buildAlertDetailView(sampleAlertDetail({ resolvedAt: '2026-11-22T00:00:00Z', deadline: '2026-12-31', assigneeUnit: '财政局' }), 'en');
    expect(view.resolvedAt).toMatch(/Nov 2026/);
    expect(view.deadline).toBe('31 Dec 2026');
    expect(view.assigneeUnit).toBe('财政局');
  });
});

describe('buildAlertEventView', () => {
  it('tells the severity and value a detection found, in the rule’s unit', () => {
    const view = buildAlertEventView(event('detected', { severity: 'red', value: '31.2045' }), 'points', 'zh-CN');
    expect(view).toEqual(jasmine.objectContaining({ kind: 'detected', label: '发现', color: 'red', lines: ['等级 红，测量值 31.2 个百分点'] }));
  });

  it('tells what changed and that a resolved alert came back', () => {
    const view = buildAlertEventView(
      event('data_changed', { from: { severity: 'yellow', value: '5800000', resolved: true }, to: { severity: 'orange', value: '6200000' } }),
      'amount',
      'en',
    );
    expect(view.lines).toEqual(['The resolved anomaly appeared again in new data', 'Severity Yellow → Orange, value 580.00 10k yuan → 620.00 10k yuan']);
  });

  it('replaces the server’s English-only reason of a resolution with bilingual text', () => {
    expect(buildAlertEventView(event('resolved', { reason: 'no longer found' }), 'amount', 'zh-CN').lines).toEqual(['规则在当前数据中不再发现该疑点']);
  });

  it('shows a status change with its comment, and an unknown kind by its key', () => {
    const view = buildAlertEventView(event('status', {}, { fromStatus: 'new', toStatus: 'verifying', comment: ' 已转财政局核实 ' }), 'amount', 'zh-CN');
    expect(view.lines).toEqual(['新发现 → 核实中', '已转财政局核实']);
    const unknown = buildAlertEventView(event('exported', {}), 'amount', 'en');
    expect(unknown).toEqual(jasmine.objectContaining({ label: 'exported', color: 'gray', lines: [] }));
  });

  it('dashes details that are missing or malformed', () => {
    expect(buildAlertEventView(event('detected', { severity: 'purple' }), 'amount', 'en').lines).toEqual(['Severity —, value —']);
  });
});
