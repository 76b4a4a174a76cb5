import { ADMIN_ZH_CN_MESSAGES } from './admin-messages.zh-cn';
import { AUDIT_ACTIONS, auditActionColor, auditActionLabel, isKnownAuditAction } from './audit-actions';

describe('AUDIT_ACTIONS', () => {
  it('has a label for each action and an action for each label', () => {
    const labelled = Object.keys(ADMIN_ZH_CN_MESSAGES)
      .filter((key) => key.startsWith('audit.action.'))
      .map((key) => key.slice('audit.action.'.length));
    expect([...AUDIT_ACTIONS].sort() as string[]).toEqual(labelled.sort());
  });

  it('lists the sign-in actions first', () => {
    expect(AUDIT_ACTIONS.slice(0, 2)).toEqual(['auth.login', 'auth.login_failed']);
  });
});

describe('auditActionLabel', () => {
  it('names the sign-in actions as the committee reads them', () => {
    expect(auditActionLabel('auth.login', 'zh-CN')).toBe('登录成功');
    expect(auditActionLabel('auth.login_failed', 'zh-CN')).toBe('登录失败');
    expect(auditActionLabel('auth.login_refused', 'zh-CN')).toBe('登录被锁定');
    expect(auditActionLabel('auth.logout', 'zh-CN')).toBe('退出登录');
    expect(auditActionLabel('user.create', 'zh-CN')).toBe('新增用户');
  });

  it('names them in English too', () => {
    expect(auditActionLabel('user.deactivate', 'en')).toBe('User deactivated');
    expect(auditActionLabel('audit.export', 'en')).toBe('Audit log exported');
  });

  it('shows an action it does not know by its code, in either language', () => {
    expect(auditActionLabel('report.print', 'zh-CN')).toBe('report.print');
    expect(auditActionLabel('report.print', 'en')).toBe('report.print');
  });
});

describe('isKnownAuditAction', () => {
  it('accepts the exact codes only', () => {
    expect(isKnownAuditAction('rule_threshold.set')).toBeTrue();
    expect(isKnownAuditAction('rule_threshold')).toBeFalse();
    expect(isKnownAuditAction('AUTH.LOGIN')).toBeFalse();
  });
});

describe('auditActionColor', () => {
  it('marks refusals red and account changes blue', () => {
    expect(auditActionColor('auth.login_refused')).toBe('red');
    expect(auditActionColor('auth.password_change_failed')).toBe('red');
    expect(auditActionColor('user.password_reset')).toBe('blue');
    expect(auditActionColor('auth.login')).toBe('default');
    expect(auditActionColor('report.print')).toBe('default');
  });
});
