import { buildAuditRows, compactDetails } from './audit-rows';

describe('compactDetails', () => {
  it('writes the details as one line of JSON', () => {
    expect(compactDetails({ role: 'auditor', regionCode: '390100' })).toBe('{"role":"auditor","regionCode":"390100"}');
    expect(compactDetails({ filter: { action: 'auth.login' } })).toBe('{"filter":{"action":"auth.login"}}');
  });

  it('shows a dash for no details', () => {
    expect(compactDetails({})).toBe('—');
  });
});

describe('buildAuditRows', () => {
  it('labels the action and fills what the entry lacks with a dash', () => {
    const [failed, created] = buildAuditRows(
      [
        {
          id: '12',
          at: '2026-11-20 14:05:00',
          username: null,
          action: 'auth.login_failed',
          target: 'nobody',
          details: { reason: 'unknown user' },
          ip: '127.0.0.1',
        },
        {
          id: '11',
          at: '2026-11-20 14:00:00',
          username: 'admin',
          action: 'user.create',
          target: 'e2e.newuser',
          details: {},
          ip: null,
        },
      ],
      'zh-CN',
    );
    expect(failed).toEqual({
      id: '12',
      at: '2026-11-20 14:05:00',
      username: '—',
      action: 'auth.login_failed',
      actionLabel: '登录失败',
      actionColor: 'red',
      target: 'nobody',
      details: '{"reason":"unknown user"}',
      ip: '127.0.0.1',
    });
    expect([created!.actionLabel, created!.details, created!.ip]).toEqual(['新增用户', '—', '—']);
  });
});
