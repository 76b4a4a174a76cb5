import { formatDate } from '../shared/format/format-date';
import { formatDateTime } from '../shared/format/format-date-time';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { alertsText } from './alerts-translate';
import type { AlertDetail, AlertEvent } from './alert.types';
import { buildEvidenceView, type EvidenceView } from './alert-evidence-view';
import { buildAlertRow, type AlertRow } from './alert-rows';
import { alertValueKind, formatAlertValue, type AlertValueKind } from './alert-value';
import { ALERT_STATUSES, EVENT_KINDS, isSeverity, severityTag } from './alert-vocabulary';
import { paramEntries } from './rule-params';

/** One step of the alert's history. */
export interface AlertEventView {
  kind: string;
  label: string;
  /** nz-timeline dot colour. */
  color: string;
  time: string;
  /** What happened, one line each. */
  lines: string[];
}

/** The drawer's content, every value ready to print. */
export interface AlertDetailView {
  row: AlertRow;
  ruleVersion: string;
  params: { key: string; value: string }[];
  evidence: EvidenceView;
  events: AlertEventView[];
  updated: string;
  resolvedAt: string | null;
  assigneeUnit: string;
  deadline: string;
}

export function buildAlertDetailView(detail: AlertDetail, lang: Lang): AlertDetailView {
  const kind = alertValueKind(detail.ruleCode);
  return {
    row: buildAlertRow(detail, lang),
    ruleVersion: `v${detail.ruleVersion}`,
    params: paramEntries(detail.params),
    evidence: buildEvidenceView(detail.evidence, lang),
    events: detail.events.map((event) => buildAlertEventView(event, kind, lang)),
    updated: formatDateTime(detail.updatedAt, lang),
    resolvedAt: detail.resolvedAt === null ? null : formatDateTime(detail.resolvedAt, lang),
    assigneeUnit: detail.assigneeUnit ?? NO_VALUE,
    deadline: formatDate(detail.deadline, lang),
  };
}

/**
 * An event as the history shows it. The server's details are free-form JSON: what it writes for
 * 'detected' (severity, value), 'data_changed' (from / to) and status changes is read defensively,
 * and a reason the server gives in English only is replaced by the page's own bilingual text.
 */
export function buildAlertEventView(event: AlertEvent, kind: AlertValueKind, lang: Lang): AlertEventView {
  const known = EVENT_KINDS[event.kind];
  const severity = (value: unknown) => (isSeverity(value) ? severityTag(value, lang).label : NO_VALUE);
  const value = (text: unknown) => formatAlertValue(typeof text === 'string' || typeof text === 'number' ? String(text) : null, kind, lang);
  const lines: string[] = [];
  const details = event.details;
  if (event.kind === 'detected') {
    lines.push(alertsText(lang, 'alerts.event.detectedText', { severity: severity(details['severity']), value: value(details['value']) }));
  } else if (event.kind === 'data_changed') {
    const from = objectOf(details['from']);
    const to = objectOf(details['to']);
    if (from['resolved'] === true) lines.push(alertsText(lang, 'alerts.event.reopenedText'));
    lines.push(
      alertsText(lang, 'alerts.event.changedText', {
        fromSeverity: severity(from['severity']),
        toSeverity: severity(to['severity']),
        fromValue: value(from['value']),
        toValue: value(to['value']),
      }),
    );
  } else if (event.kind === 'resolved') {
    lines.push(alertsText(lang, 'alerts.event.resolvedText'));
  }
  if (event.fromStatus !== null || event.toStatus !== null) {
    const status = (key: AlertEvent['toStatus']) => (key === null ? NO_VALUE : alertsText(lang, ALERT_STATUSES[key].labelKey));
    lines.push(alertsText(lang, 'alerts.event.statusText', { from: status(event.fromStatus), to: status(event.toStatus) }));
  }
  if (event.comment.trim() !== '') lines.push(event.comment.trim());
  return {
    kind: event.kind,
    label: known ? alertsText(lang, known.labelKey) : event.kind,
    color: known?.color ?? 'gray',
    time: formatDateTime(event.createdAt, lang),
    lines,
  };
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
