import type { ListAuditInput } from './admin.types';

/** The audit log's filters as the page holds them; null or blank means "any". Days are 'YYYY-MM-DD'. */
export interface AuditFilters {
  action: string | null;
  username: string;
  from: string | null;
  to: string | null;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: null, username: '', from: null, to: null };

/** The server caps a page at 200 entries. */
export const AUDIT_PAGE_SIZES: readonly number[] = [20, 50, 100, 200];

export type AuditFilterInput = Omit<ListAuditInput, 'page' | 'pageSize'>;

/**
 * The filters as admin.audit.list and the CSV export take them: blanks left out (the server
 * refuses an empty action or username rather than reading it as "any"), the username trimmed.
 */
export function auditFilterInput(filters: AuditFilters): AuditFilterInput {
  const username = filters.username.trim();
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(username !== '' ? { username } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

export function auditListInput(filters: AuditFilters, page: number, pageSize: number): ListAuditInput {
  return { ...auditFilterInput(filters), page, pageSize };
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.keys(auditFilterInput(filters)).length > 0;
}
