import { workflowAction } from './alert-workflow';
import {
  EMPTY_WORKFLOW_FORM,
  beijingToday,
  transitionInput,
  workflowFormProblems,
  workflowProblemText,
  type WorkflowForm,
} from './workflow-form';

const TODAY = '2026-12-01';
const form = (fields: Partial<WorkflowForm>): WorkflowForm => ({ ...EMPTY_WORKFLOW_FORM, ...fields });
const problemKeys = (action: Parameters<typeof workflowAction>[0], fields: Partial<WorkflowForm>) =>
  workflowFormProblems(workflowAction(action), form(fields), TODAY).map(
    (problem) => `${problem.field}: ${problem.key}`,
  );
const validAssignment = { assigneeUnit: '市教育局', deadline: '2026-12-08' };

describe('workflowFormProblems', () => {
  it('lets 开始核实 and 办结 go without a comment', () => {
    expect(problemKeys('verify', {})).toEqual([]);
    expect(problemKeys('close', {})).toEqual([]);
  });

  it('requires the reply, the reason of a false positive and of a reopening; blanks do not count', () => {
    expect(problemKeys('reply', {})).toEqual(['comment: alerts.workflow.problem.required']);
    expect(problemKeys('falsePositive', { comment: ' \n\t ' })).toEqual(['comment: alerts.workflow.problem.required']);
    expect(problemKeys('reopen', { comment: '' })).toEqual(['comment: alerts.workflow.problem.required']);
    expect(problemKeys('falsePositive', { comment: '同一笔支付重复导入' })).toEqual([]);
  });

  it('accepts a comment of 2,000 characters after trimming, not one of 2,001', () => {
    expect(problemKeys('reply', { comment: ` ${'复'.repeat(2000)} ` })).toEqual([]);
    expect(problemKeys('reply', { comment: '复'.repeat(2001) })).toEqual(['comment: alerts.workflow.problem.tooLong']);
  });

  it('accepts line breaks and tabs in a comment but no other control character', () => {
    expect(problemKeys('reply', { comment: '已整改：\n1.\t退回资金' })).toEqual([]);
    expect(problemKeys('reply', { comment: '已整改\u0007' })).toEqual(['comment: alerts.workflow.problem.control']);
  });

  it('requires a unit and a deadline for 交办', () => {
    expect(problemKeys('assign', {})).toEqual([
      'assigneeUnit: alerts.workflow.problem.required',
      'deadline: alerts.workflow.problem.deadlineRequired',
    ]);
    expect(problemKeys('assign', validAssignment)).toEqual([]);
  });

  it('accepts a unit of 100 characters, not 101, nor one with a tab', () => {
    expect(problemKeys('assign', { ...validAssignment, assigneeUnit: '局'.repeat(100) })).toEqual([]);
    expect(problemKeys('assign', { ...validAssignment, assigneeUnit: '局'.repeat(101) })).toEqual([
      'assigneeUnit: alerts.workflow.problem.tooLong',
    ]);
    expect(problemKeys('assign', { ...validAssignment, assigneeUnit: '市\t教育局' })).toEqual([
      'assigneeUnit: alerts.workflow.problem.control',
    ]);
  });

  it('accepts a deadline of today, not of yesterday', () => {
    expect(problemKeys('assign', { ...validAssignment, deadline: TODAY })).toEqual([]);
    expect(problemKeys('assign', { ...validAssignment, deadline: '2026-11-30' })).toEqual([
      'deadline: alerts.workflow.problem.deadlinePast',
    ]);
  });

  it('ignores the unit and deadline of the other actions', () => {
    expect(problemKeys('verify', { assigneeUnit: '局'.repeat(101), deadline: '2020-01-01' })).toEqual([]);
  });
});

describe('workflowProblemText', () => {
  it('names the field and the limit in either language', () => {
    const [tooLong] = workflowFormProblems(workflowAction('reply'), form({ comment: 'x'.repeat(2001) }), TODAY);
    expect(workflowProblemText(tooLong!, 'zh-CN')).toBe('单位反馈不能超过 2000 个字');
    expect(workflowProblemText(tooLong!, 'en')).toBe('Reply of the unit: at most 2000 characters');
    const [past] = workflowFormProblems(
      workflowAction('assign'),
      form({ ...validAssignment, deadline: '2026-11-30' }),
      TODAY,
    );
    expect(workflowProblemText(past!, 'zh-CN')).toBe('办理期限不能早于今天');
  });
});

describe('transitionInput', () => {
  it('sends the trimmed comment, and leaves out an empty one', () => {
    expect(transitionInput(['7'], workflowAction('falsePositive'), form({ comment: '  重复导入 \n' }))).toEqual({
      ids: ['7'],
      action: 'falsePositive',
      comment: '重复导入',
    });
    expect(transitionInput(['7', '9'], workflowAction('verify'), form({ comment: '   ' }))).toEqual({
      ids: ['7', '9'],
      action: 'verify',
    });
  });

  it('sends the unit and the deadline with 交办 only', () => {
    expect(
      transitionInput(['7'], workflowAction('assign'), form({ assigneeUnit: ' 市教育局 ', deadline: '2026-12-08' })),
    ).toEqual({
      ids: ['7'],
      action: 'assign',
      assigneeUnit: '市教育局',
      deadline: '2026-12-08',
    });
    expect(transitionInput(['7'], workflowAction('close'), form(validAssignment))).toEqual({
      ids: ['7'],
      action: 'close',
    });
  });
});

describe('beijingToday', () => {
  it('turns the day at 16:00 UTC, midnight in Beijing', () => {
    expect(beijingToday(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(beijingToday(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});
