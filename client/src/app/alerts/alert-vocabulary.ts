import type { Lang } from '../shared/i18n/lang';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';
import type { AlertStatus, Severity } from './alert.types';

/** A tag's text and ng-zorro colour. */
export interface TagView {
  label: string;
  color: string;
}

/** Most severe first: the list's order, the badges' and the filter's. */
export const SEVERITIES: readonly Severity[] = ['red', 'orange', 'yellow'];

/** 红 / 橙 / 黄 and their tag colours ('gold' reads better on white than 'yellow'). */
export const SEVERITY_TAGS: Readonly<Record<Severity, { labelKey: AlertsMessageKey; color: string }>> = {
  red: { labelKey: 'alerts.severity.red', color: 'red' },
  orange: { labelKey: 'alerts.severity.orange', color: 'orange' },
  yellow: { labelKey: 'alerts.severity.yellow', color: 'gold' },
};

/** The review statuses of the alert workflow (alert-workflow.ts: the actions between them). */
export const ALERT_STATUSES: Readonly<Record<AlertStatus, { labelKey: AlertsMessageKey; color: string }>> = {
  new: { labelKey: 'alerts.status.new', color: 'blue' },
  verifying: { labelKey: 'alerts.status.verifying', color: 'processing' },
  assigned: { labelKey: 'alerts.status.assigned', color: 'purple' },
  replied: { labelKey: 'alerts.status.replied', color: 'cyan' },
  closed: { labelKey: 'alerts.status.closed', color: 'success' },
  false_positive: { labelKey: 'alerts.status.false_positive', color: 'default' },
};

/** Kinds of history events the server writes; another kind is shown by its key. */
export const EVENT_KINDS: Readonly<Record<string, { labelKey: AlertsMessageKey; color: string }>> = {
  detected: { labelKey: 'alerts.event.detected', color: 'red' },
  data_changed: { labelKey: 'alerts.event.data_changed', color: 'blue' },
  resolved: { labelKey: 'alerts.event.resolved', color: 'green' },
  status: { labelKey: 'alerts.event.status', color: 'gray' },
};

/** The rule categories of shared/RULES.md; another category is shown by its key. */
export const RULE_CATEGORIES: Readonly<Record<string, AlertsMessageKey>> = {
  execution: 'alerts.category.execution',
  payments: 'alerts.category.payments',
  revenue: 'alerts.category.revenue',
  debt: 'alerts.category.debt',
  state_assets: 'alerts.category.state_assets',
  social_funds: 'alerts.category.social_funds',
  reliability: 'alerts.category.reliability',
  data_quality: 'alerts.category.data_quality',
};

export function severityTag(severity: Severity, lang: Lang): TagView {
  return { label: alertsText(lang, SEVERITY_TAGS[severity].labelKey), color: SEVERITY_TAGS[severity].color };
}

export function statusTag(status: AlertStatus, lang: Lang): TagView {
  return { label: alertsText(lang, ALERT_STATUSES[status].labelKey), color: ALERT_STATUSES[status].color };
}

export function categoryLabel(category: string, lang: Lang): string {
  const key = RULE_CATEGORIES[category];
  return key ? alertsText(lang, key) : category;
}

/** A severity the server sent inside free-form details, or null when the text is not one. */
export function isSeverity(value: unknown): value is Severity {
  return value === 'red' || value === 'orange' || value === 'yellow';
}
