import { auditFilterInput, type AuditFilters } from './audit-filters';

/**
 * GET /api/admin/audit.csv with the log's current filters (the same ones the table shows). Blank
 * filters are left out: the server refuses `action=` rather than reading it as "any".
 */
export function auditCsvUrl(filters: AuditFilters): string {
  const query = new URLSearchParams(auditFilterInput(filters));
  const search = query.toString();
  return search === '' ? '/api/admin/audit.csv' : `/api/admin/audit.csv?${search}`;
}
