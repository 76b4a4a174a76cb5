import { NO_AUDIT_FILTERS } from './audit-filters';
import { auditCsvUrl } from './audit-export-url';

describe('auditCsvUrl', () => {
  it('exports the whole log when no filter is set', () => {
    expect(auditCsvUrl(NO_AUDIT_FILTERS)).toBe('/api/admin/audit.csv');
  });

  it('carries every filter, in the order the server documents them', () => {
    expect(
      auditCsvUrl({ action: 'auth.login_failed', username: 'e2e.newuser', from: '2026-11-01', to: '2026-11-30' }),
    ).toBe('/api/admin/audit.csv?action=auth.login_failed&username=e2e.newuser&from=2026-11-01&to=2026-11-30');
  });

  it('leaves out blank filters rather than sending empty parameters', () => {
    const url = auditCsvUrl({ ...NO_AUDIT_FILTERS, username: '  ', to: '2026-12-01' });
    expect(url).toBe('/api/admin/audit.csv?to=2026-12-01');
  });

  it('encodes a username the way a query string needs', () => {
    const url = auditCsvUrl({ ...NO_AUDIT_FILTERS, username: '张 三&x' });
    expect(new URL(url, 'http://host').searchParams.get('username')).toBe('张 三&x');
    expect(url).not.toContain('&x');
  });
});
