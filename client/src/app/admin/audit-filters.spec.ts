import { NO_AUDIT_FILTERS, auditFilterInput, auditListInput, hasAuditFilters } from './audit-filters';

describe('auditFilterInput', () => {
  it('sends no filter at all when none is set', () => {
    expect(auditFilterInput(NO_AUDIT_FILTERS)).toEqual({});
  });

  it('leaves out a username of blanks and trims one with text', () => {
    expect(auditFilterInput({ ...NO_AUDIT_FILTERS, username: '   ' })).toEqual({});
    expect(auditFilterInput({ ...NO_AUDIT_FILTERS, username: ' e2e.newuser ' })).toEqual({ username: 'e2e.newuser' });
  });

  it('carries the action and the days as they are', () => {
    expect(auditFilterInput({ action: 'user.create', username: '', from: '2026-11-01', to: '2026-11-30' })).toEqual({
      action: 'user.create',
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });
});

describe('auditListInput', () => {
  it('adds the page and its size to the filters', () => {
    expect(auditListInput({ ...NO_AUDIT_FILTERS, action: 'auth.login' }, 3, 50)).toEqual({
      action: 'auth.login',
      page: 3,
      pageSize: 50,
    });
  });
});

describe('hasAuditFilters', () => {
  it('is false for blanks only, true for any one filter', () => {
    expect(hasAuditFilters({ ...NO_AUDIT_FILTERS, username: ' ' })).toBeFalse();
    expect(hasAuditFilters({ ...NO_AUDIT_FILTERS, to: '2026-12-01' })).toBeTrue();
  });
});
