import { formatDate } from '../shared/format/format-date';
import { formatDateTime } from '../shared/format/format-date-time';
import type { Lang } from '../shared/i18n/lang';
import { alertsText } from './alerts-translate';
import type { AlertStatus, AlertSummary, Severity } from './alert.types';
import { alertValueKind, formatAlertValue } from './alert-value';
import { severityTag, statusTag, type TagView } from './alert-vocabulary';

/** One line of the alert list, every value ready to print. */
export interface AlertRow {
  id: string;
  severity: TagView & { key: Severity };
  ruleCode: string;
  ruleName: string;
  regionName: string;
  regionCode: string;
  entityKey: string;
  entityType: string;
  period: string;
  value: string;
  threshold: string;
  explanation: string;
  status: TagView & { key: AlertStatus };
  /** Set when a later run no longer found the anomaly: shown beside the review status. */
  resolved: TagView | null;
  detected: string;
  /** 期限 of an assigned alert, when known; null otherwise. */
  deadline: string | null;
}

/** An alert as the list or the detail sends it (both carry the unit and deadline of 交办). */
export type ListedAlert = AlertSummary;

/** The rule's name and the explanation in the interface language; value and threshold in the rule's unit. */
export function buildAlertRow(alert: ListedAlert, lang: Lang): AlertRow {
  const kind = alertValueKind(alert.ruleCode);
  return {
    id: alert.id,
    severity: { key: alert.severity, ...severityTag(alert.severity, lang) },
    ruleCode: alert.ruleCode,
    ruleName: lang === 'zh-CN' ? alert.ruleNameZh : alert.ruleNameEn,
    regionName: alert.regionName ?? alert.regionCode,
    regionCode: alert.regionCode,
    entityKey: alert.entityKey,
    entityType: alert.entityType,
    period: alert.period,
    value: formatAlertValue(alert.value, kind, lang),
    threshold: formatAlertValue(alert.threshold, kind, lang),
    explanation: lang === 'zh-CN' ? alert.explanationZh : alert.explanationEn,
    status: { key: alert.status, ...statusTag(alert.status, lang) },
    resolved: alert.resolvedAt === null ? null : { label: alertsText(lang, 'alerts.resolved'), color: 'green' },
    detected: formatDateTime(alert.detectedAt, lang),
    deadline:
      alert.status === 'assigned' && alert.deadline
        ? alertsText(lang, 'alerts.deadline', { date: formatDate(alert.deadline, lang) })
        : null,
  };
}

export function buildAlertRows(alerts: readonly ListedAlert[], lang: Lang): AlertRow[] {
  return alerts.map((alert) => buildAlertRow(alert, lang));
}
