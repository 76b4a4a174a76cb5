import { formatDate } from '../shared/format/format-date';
import { formatDateTime } from '../shared/format/format-date-time';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { alertsText } from './alerts-translate';
import type { AlertDetail, AlertEvent, WorkflowAction } from './alert.types';
import { buildEvidenceView, type EvidenceView } from './alert-evidence-view';
import { buildAlertRow, type AlertRow } from './alert-rows';
import { alertValueKind, formatAlertValue, type AlertValueKind } from './alert-value';
import { actionOfStep } from './alert-workflow';
import { ALERT_STATUSES, EVENT_KINDS, isSeverity, severityTag } from './alert-vocabulary';
import { paramEntries } from './rule-params';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One step of the alert's history. */
export interface AlertEventView {
  kind: string;
  /** The workflow action a status change records, null for the detection engine's events. */
  action: WorkflowAction | null;
  /** The action's name for a status change (开始核实, 交办 …), else the kind of event. */
  label: string;
  /** nz-timeline dot colour. */
  color: string;
  /** Who did it: the user's name, or 系统 for the detection engine. */
  actor: string;
  time: string;
  /** What happened, one line each. */
  lines: string[];
  /** The comment and what it is for this action ("单位反馈：", "误报理由：" …); null without one. */
  comment: { label: string; text: string } | null;
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
  const value = (text: unknown) =>
    formatAlertValue(typeof text === 'string' || typeof text === 'number' ? String(text) : null, kind, lang);
  const lines: string[] = [];
  const details = event.details;
  if (event.kind === 'detected') {
    lines.push(
      alertsText(lang, 'alerts.event.detectedText', {
        severity: severity(details['severity']),
        value: value(details['value']),
      }),
    );
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
    const status = (key: AlertEvent['toStatus']) =>
      key === null ? NO_VALUE : alertsText(lang, ALERT_STATUSES[key].labelKey);
    lines.push(
      alertsText(lang, 'alerts.event.statusText', { from: status(event.fromStatus), to: status(event.toStatus) }),
    );
  }
  const step = actionOfStep(event.fromStatus, event.toStatus);
  if (step?.assigns) {
    const unit = typeof details['assigneeUnit'] === 'string' ? details['assigneeUnit'] : NO_VALUE;
    const deadline =
      typeof details['deadline'] === 'string' && ISO_DATE.test(details['deadline'])
        ? formatDate(details['deadline'], lang)
        : NO_VALUE;
    lines.push(alertsText(lang, 'alerts.event.assignment', { unit, deadline }));
  }
  const comment = event.comment.trim();
  return {
    kind: event.kind,
    action: step?.action ?? null,
    label: step ? alertsText(lang, step.labelKey) : known ? alertsText(lang, known.labelKey) : event.kind,
    color: step?.color ?? known?.color ?? 'gray',
    actor: event.actor ?? alertsText(lang, 'alerts.event.system'),
    time: formatDateTime(event.createdAt, lang),
    lines,
    comment:
      comment === ''
        ? null
        : {
            label: alertsText(lang, 'alerts.event.commentLabel', {
              label: alertsText(lang, step?.commentKey ?? 'alerts.workflow.comment'),
            }),
            text: comment,
          },
  };
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
