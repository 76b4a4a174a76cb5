import type { Lang } from '../shared/i18n/lang';
import { adminText } from './admin-text';

/**
 * The audit actions the server writes today, in the order the action filter lists them: sign-in
 * and accounts first, then the committee's work. An action not listed here (written by a newer
 * server) is shown by its code.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_refused',
  'auth.logout',
  'auth.password_change',
  'auth.password_change_failed',
  'user.create',
  'user.password_reset',
  'user.activate',
  'user.deactivate',
  'rule_threshold.set',
  'rule_threshold.clear',
  'preset.save',
  'preset.delete',
  'ingest.upload',
  'alerts.export',
  'audit.export',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Refusals and failures stand out in red; account changes in blue; the rest are plain. */
const WARNING_ACTIONS: ReadonlySet<string> = new Set<AuditAction>([
  'auth.login_failed',
  'auth.login_refused',
  'auth.password_change_failed',
]);
const ACCOUNT_ACTIONS: ReadonlySet<string> = new Set<AuditAction>([
  'user.create',
  'user.password_reset',
  'user.activate',
  'user.deactivate',
]);

export function isKnownAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** 登录成功, 新增用户, …: the action's name in `lang`, or its code when the page does not know it. */
export function auditActionLabel(action: string, lang: Lang): string {
  return isKnownAuditAction(action) ? adminText(lang, `audit.action.${action}`) : action;
}

/** The ng-zorro tag colour of an action. */
export function auditActionColor(action: string): string {
  if (WARNING_ACTIONS.has(action)) return 'red';
  if (ACCOUNT_ACTIONS.has(action)) return 'blue';
  return 'default';
}
