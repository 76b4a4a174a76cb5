import type { Lang } from '../shared/i18n/lang';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';
import type { AlertTransitionInput } from './alert.types';
import type { WorkflowActionDescriptor } from './alert-workflow';

/** What the user typed in an action's form; the deadline as 'YYYY-MM-DD' once picked. */
export interface WorkflowForm {
  comment: string;
  assigneeUnit: string;
  deadline: string | null;
}

export const EMPTY_WORKFLOW_FORM: WorkflowForm = { comment: '', assigneeUnit: '', deadline: null };

/** The server's limits (alerts.schemas.ts): a comment of 2,000 characters, a unit of 100. */
export const COMMENT_MAX_LENGTH = 2000;
export const UNIT_MAX_LENGTH = 100;

/** A field the form refuses, and why (a message key of the page's dictionary). */
export interface WorkflowProblem {
  field: 'comment' | 'assigneeUnit' | 'deadline';
  key: AlertsMessageKey;
  /** The field's label, for the message's {field}. */
  labelKey: AlertsMessageKey;
  /** The length limit, for the message's {max}. */
  max?: number;
}

// The server refuses control characters; a comment may hold tabs and line breaks, a unit nothing of the kind.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL_IN_UNIT = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- control characters but tab and line breaks
const CONTROL_IN_COMMENT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Why the form cannot be sent for `action`, checked as the server will check it (trimmed text,
 * lengths, required fields, a deadline not before `today`), so the user learns it before the call.
 * `today` is 'YYYY-MM-DD' in Beijing (see beijingToday). Empty when the form is fine.
 */
export function workflowFormProblems(
  action: WorkflowActionDescriptor,
  form: WorkflowForm,
  today: string,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const comment = form.comment.trim();
  const commentProblem = (key: AlertsMessageKey, max?: number) =>
    problems.push({ field: 'comment', key, labelKey: action.commentKey, ...(max === undefined ? {} : { max }) });
  if (action.commentRequired && comment === '') commentProblem('alerts.workflow.problem.required');
  if (comment.length > COMMENT_MAX_LENGTH) commentProblem('alerts.workflow.problem.tooLong', COMMENT_MAX_LENGTH);
  if (CONTROL_IN_COMMENT.test(comment)) commentProblem('alerts.workflow.problem.control');
  if (!action.assigns) return problems;

  const unit = form.assigneeUnit.trim();
  const unitProblem = (key: AlertsMessageKey, max?: number) =>
    problems.push({
      field: 'assigneeUnit',
      key,
      labelKey: 'alerts.workflow.unit',
      ...(max === undefined ? {} : { max }),
    });
  if (unit === '') unitProblem('alerts.workflow.problem.required');
  if (unit.length > UNIT_MAX_LENGTH) unitProblem('alerts.workflow.problem.tooLong', UNIT_MAX_LENGTH);
  if (CONTROL_IN_UNIT.test(unit)) unitProblem('alerts.workflow.problem.control');
  if (form.deadline === null)
    problems.push({
      field: 'deadline',
      key: 'alerts.workflow.problem.deadlineRequired',
      labelKey: 'alerts.workflow.deadline',
    });
  else if (form.deadline < today)
    problems.push({
      field: 'deadline',
      key: 'alerts.workflow.problem.deadlinePast',
      labelKey: 'alerts.workflow.deadline',
    });
  return problems;
}

/** A problem as the form shows it, in `lang`. */
export function workflowProblemText(problem: WorkflowProblem, lang: Lang): string {
  return alertsText(lang, problem.key, { field: alertsText(lang, problem.labelKey), max: problem.max ?? '' });
}

/** The call for `ids`: the trimmed comment when there is one, the unit and deadline for 交办 only (the server refuses them elsewhere). */
export function transitionInput(
  ids: readonly string[],
  action: WorkflowActionDescriptor,
  form: WorkflowForm,
): AlertTransitionInput {
  const comment = form.comment.trim();
  return {
    ids: [...ids],
    action: action.action,
    ...(comment !== '' ? { comment } : {}),
    ...(action.assigns ? { assigneeUnit: form.assigneeUnit.trim(), deadline: form.deadline ?? '' } : {}),
  };
}

/** Today's date in Beijing (UTC+8, no daylight saving), the day the server compares deadlines with. */
export function beijingToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
