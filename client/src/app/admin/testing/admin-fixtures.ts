import type { AuditPage, UserAccount } from '../admin.types';

export function sampleUser(overrides: Partial<UserAccount> = {}): UserAccount {
  return {
    id: 2,
    username: 'e2e.staff',
    displayName: '张工作人员',
    role: 'staff',
    regionCode: '390100',
    mustChangePassword: false,
    active: true,
    ...overrides,
  };
}

/** The nationwide first administrator, an active staff member, a new auditor and a deactivated deputy. */
export function sampleUsers(): UserAccount[] {
  return [
    sampleUser({ id: 1, username: 'admin', displayName: '系统管理员', role: 'admin', regionCode: '000000' }),
    sampleUser(),
    sampleUser({
      id: 3,
      username: 'e2e.auditor',
      displayName: '李审计',
      role: 'auditor',
      regionCode: '390102',
      mustChangePassword: true,
    }),
    sampleUser({
      id: 4,
      username: 'e2e.deputy',
      displayName: '王代表',
      role: 'deputy',
      regionCode: '390103',
      active: false,
    }),
  ];
}

/** Three lines of the log, newest first: a refused sign-in of an unknown name, a sign-in, an account created. */
export function sampleAuditPage(overrides: Partial<AuditPage> = {}): AuditPage {
  return {
    total: 57,
    items: [
      {
        id: '57',
        at: '2026-11-20 14:05:09',
        username: null,
        action: 'auth.login_failed',
        target: 'nobody',
        details: { reason: 'unknown user' },
        ip: '127.0.0.1',
      },
      {
        id: '56',
        at: '2026-11-20 14:01:00',
        username: 'e2e.auditor',
        action: 'auth.login',
        target: null,
        details: {},
        ip: '127.0.0.1',
      },
      {
        id: '55',
        at: '2026-11-20 14:00:00',
        username: 'admin',
        action: 'user.create',
        target: 'e2e.auditor',
        details: { role: 'auditor', regionCode: '390102' },
        ip: null,
      },
    ],
    ...overrides,
  };
}
