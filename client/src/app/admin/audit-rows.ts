import type { Lang } from '../shared/i18n/lang';
import type { AuditEntry } from './admin.types';
import { auditActionColor, auditActionLabel } from './audit-actions';

/** Shown for a missing user (failed sign-ins of unknown names), target, details or address. */
export const NO_ENTRY = '—';

/** One line of the audit table, ready to show. */
export interface AuditRow {
  id: string;
  at: string;
  username: string;
  action: string;
  actionLabel: string;
  actionColor: string;
  target: string;
  /** The details as compact JSON, one line. */
  details: string;
  ip: string;
}

/** The details object as one line of JSON; nothing to show for an empty one. */
export function compactDetails(details: Readonly<Record<string, unknown>>): string {
  return Object.keys(details).length === 0 ? NO_ENTRY : JSON.stringify(details);
}

export function buildAuditRows(entries: readonly AuditEntry[], lang: Lang): AuditRow[] {
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    username: entry.username ?? NO_ENTRY,
    action: entry.action,
    actionLabel: auditActionLabel(entry.action, lang),
    actionColor: auditActionColor(entry.action),
    target: entry.target ?? NO_ENTRY,
    details: compactDetails(entry.details),
    ip: entry.ip ?? NO_ENTRY,
  }));
}
