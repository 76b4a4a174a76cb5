import type { AlertStatus } from './alert.types';
import {
  WORKFLOW_ACTIONS,
  actionOfStep,
  allowedActions,
  commonActions,
  mayReview,
  workflowAction,
} from './alert-workflow';

const names = (descriptors: readonly { action: string }[]) => descriptors.map((descriptor) => descriptor.action);

describe('WORKFLOW_ACTIONS', () => {
  it('mirrors the server’s table of steps (server/src/alerts/alert-workflow.ts)', () => {
    const table = Object.fromEntries(
      WORKFLOW_ACTIONS.map((descriptor) => [descriptor.action, { from: [...descriptor.from], to: descriptor.to }]),
    );
    expect(table).toEqual({
      verify: { from: ['new'], to: 'verifying' },
      assign: { from: ['new', 'verifying'], to: 'assigned' },
      reply: { from: ['assigned'], to: 'replied' },
      close: { from: ['verifying', 'replied'], to: 'closed' },
      falsePositive: { from: ['new', 'verifying'], to: 'false_positive' },
      reopen: { from: ['closed', 'false_positive'], to: 'verifying' },
    });
  });

  it('asks for a comment where the server needs one, and a unit and deadline for 交办 only', () => {
    expect(
      WORKFLOW_ACTIONS.filter((descriptor) => descriptor.commentRequired).map((descriptor) => descriptor.action),
    ).toEqual(['reply', 'falsePositive', 'reopen']);
    expect(WORKFLOW_ACTIONS.filter((descriptor) => descriptor.assigns).map((descriptor) => descriptor.action)).toEqual([
      'assign',
    ]);
  });
});

describe('workflowAction', () => {
  it('finds an action’s descriptor', () => {
    expect(workflowAction('reply').commentKey).toBe('alerts.workflow.reply');
  });

  it('throws for an action the table does not know', () => {
    expect(() => workflowAction('archive' as never)).toThrowError(/unknown workflow action "archive"/);
  });
});

describe('allowedActions', () => {
  it('offers from each status exactly the steps that lead from it, in button order', () => {
    const allowed = (status: AlertStatus) => names(allowedActions(status));
    expect(allowed('new')).toEqual(['verify', 'assign', 'falsePositive']);
    expect(allowed('verifying')).toEqual(['assign', 'close', 'falsePositive']);
    expect(allowed('assigned')).toEqual(['reply']);
    expect(allowed('replied')).toEqual(['close']);
    expect(allowed('closed')).toEqual(['reopen']);
    expect(allowed('false_positive')).toEqual(['reopen']);
  });
});

describe('commonActions', () => {
  it('offers a single alert’s actions for a selection of one', () => {
    expect(names(commonActions(['verifying']))).toEqual(['assign', 'close', 'falsePositive']);
  });

  it('keeps only the actions every selected status allows', () => {
    expect(names(commonActions(['new', 'new']))).toEqual(['verify', 'assign', 'falsePositive']);
    expect(names(commonActions(['new', 'verifying']))).toEqual(['assign', 'falsePositive']);
    expect(names(commonActions(['closed', 'false_positive']))).toEqual(['reopen']);
  });

  it('offers nothing when the statuses share no step, or when nothing is selected', () => {
    expect(commonActions(['new', 'assigned'])).toEqual([]);
    expect(commonActions(['replied', 'new', 'verifying'])).toEqual([]);
    expect(commonActions([])).toEqual([]);
  });
});

describe('actionOfStep', () => {
  it('reads the action from a status change, telling 开始核实 from 重新核实 by where it came from', () => {
    expect(actionOfStep('new', 'verifying')?.action).toBe('verify');
    expect(actionOfStep('closed', 'verifying')?.action).toBe('reopen');
    expect(actionOfStep('false_positive', 'verifying')?.action).toBe('reopen');
    expect(actionOfStep('verifying', 'assigned')?.action).toBe('assign');
  });

  it('knows no action for an event without both statuses or for a step outside the table', () => {
    expect(actionOfStep(null, 'new')).toBeNull();
    expect(actionOfStep('new', null)).toBeNull();
    expect(actionOfStep('new', 'closed')).toBeNull();
  });
});

describe('mayReview', () => {
  it('lets administrators and committee staff act, and nobody else', () => {
    expect(mayReview('admin')).toBeTrue();
    expect(mayReview('staff')).toBeTrue();
    expect(mayReview('auditor')).toBeFalse();
    expect(mayReview('deputy')).toBeFalse();
    expect(mayReview(null)).toBeFalse();
    expect(mayReview(undefined)).toBeFalse();
  });
});
