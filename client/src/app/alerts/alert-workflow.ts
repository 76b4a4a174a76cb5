import type { Role } from '../auth/user';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import type { AlertStatus, WorkflowAction } from './alert.types';

/** What an action asks for besides the alerts: a comment (required or not) and, for 交办, a unit and a deadline. */
export interface WorkflowActionDescriptor {
  action: WorkflowAction;
  /** The statuses the action leads from, and the one it leads to. */
  from: readonly AlertStatus[];
  to: AlertStatus;
  labelKey: AlertsMessageKey;
  /** What the comment is for this action (the unit's reply, the reason of a false positive …). */
  commentKey: AlertsMessageKey;
  commentRequired: boolean;
  /** 交办 names the unit and the deadline. */
  assigns: boolean;
  /** nz-timeline dot colour of the history step. */
  color: string;
}

/**
 * The review workflow, a mirror of the server's table (server/src/alerts/alert-workflow.ts
 * `WORKFLOW`, with the required fields of alerts.schemas.ts), in the order the buttons appear:
 * 新发现 → 核实中 → 已交办 → 已反馈 → 已办结, or 误报; 已办结 and 误报 can be reopened.
 */
export const WORKFLOW_ACTIONS: readonly WorkflowActionDescriptor[] = [
  {
    action: 'verify',
    from: ['new'],
    to: 'verifying',
    labelKey: 'alerts.action.verify',
    commentKey: 'alerts.workflow.comment',
    commentRequired: false,
    assigns: false,
    color: 'blue',
  },
  {
    action: 'assign',
    from: ['new', 'verifying'],
    to: 'assigned',
    labelKey: 'alerts.action.assign',
    commentKey: 'alerts.workflow.comment',
    commentRequired: false,
    assigns: true,
    color: 'purple',
  },
  {
    action: 'reply',
    from: ['assigned'],
    to: 'replied',
    labelKey: 'alerts.action.reply',
    commentKey: 'alerts.workflow.reply',
    commentRequired: true,
    assigns: false,
    color: 'cyan',
  },
  {
    action: 'close',
    from: ['verifying', 'replied'],
    to: 'closed',
    labelKey: 'alerts.action.close',
    commentKey: 'alerts.workflow.comment',
    commentRequired: false,
    assigns: false,
    color: 'green',
  },
  {
    action: 'falsePositive',
    from: ['new', 'verifying'],
    to: 'false_positive',
    labelKey: 'alerts.action.falsePositive',
    commentKey: 'alerts.workflow.reason',
    commentRequired: true,
    assigns: false,
    color: 'gray',
  },
  {
    action: 'reopen',
    from: ['closed', 'false_positive'],
    to: 'verifying',
    labelKey: 'alerts.action.reopen',
    commentKey: 'alerts.workflow.reopenReason',
    commentRequired: true,
    assigns: false,
    color: 'orange',
  },
];

/** The roles that may act on alerts (the server's ACCESS.dataWork); auditors and deputies only read. */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'staff'];

export function workflowAction(action: WorkflowAction): WorkflowActionDescriptor {
  const found = WORKFLOW_ACTIONS.find((descriptor) => descriptor.action === action);
  if (!found) throw new Error(`unknown workflow action "${action}"`);
  return found;
}

/** The actions that lead from `status`, in button order. */
export function allowedActions(status: AlertStatus): WorkflowActionDescriptor[] {
  return WORKFLOW_ACTIONS.filter((descriptor) => descriptor.from.includes(status));
}

/** The actions every one of `statuses` allows (a bulk action is all or none); none for an empty selection. */
export function commonActions(statuses: readonly AlertStatus[]): WorkflowActionDescriptor[] {
  if (statuses.length === 0) return [];
  return WORKFLOW_ACTIONS.filter((descriptor) => statuses.every((status) => descriptor.from.includes(status)));
}

/**
 * The action a status event of the history records, read from its from → to (each pair belongs to
 * one action); null for a pair the table does not know, e.g. one an older server wrote.
 */
export function actionOfStep(
  fromStatus: AlertStatus | null,
  toStatus: AlertStatus | null,
): WorkflowActionDescriptor | null {
  if (fromStatus === null || toStatus === null) return null;
  return (
    WORKFLOW_ACTIONS.find((descriptor) => descriptor.to === toStatus && descriptor.from.includes(fromStatus)) ?? null
  );
}

export function mayReview(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && REVIEWER_ROLES.includes(role);
}
