import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { AuthSession } from '../auth/auth-session';
import type { Role, User } from '../auth/user';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleAlertDetail } from '../testing/alert-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { AlertActions } from './alert-actions';
import type { AlertDetail } from './alert.types';
import { AlertsApi } from './alerts-api';
import { beijingToday } from './workflow-form';
import { fillIn, workflowText } from './workflow-dialog.testing';

type Api = jasmine.SpyObj<Pick<AlertsApi, 'transition'>>;

const userWith = (role: Role): User => ({
  id: 2,
  username: 'e2e.staff',
  displayName: '张工作人员',
  role,
  regionCode: '390100',
  mustChangePassword: false,
});

describe('AlertActions', () => {
  let api: Api;
  const user = signal<User | null>(null);
  let fixture: ComponentFixture<AlertActions>;
  let element: HTMLElement;
  let changes: number;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const buttons = () =>
    [...element.querySelectorAll<HTMLElement>('button')].map((button) => button.getAttribute('data-testid'));

  async function render(detail: AlertDetail): Promise<void> {
    fixture = TestBed.createComponent(AlertActions);
    fixture.componentRef.setInput('alert', detail);
    fixture.componentInstance.changed.subscribe(() => changes++);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function openForm(action: string): Promise<void> {
    byTestId(`action-${action}`)!.click();
    await waitFor(
      fixture,
      () => inDocument('workflow-dialog')?.getAttribute('data-action') === action,
      `the ${action} form`,
    );
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    changes = 0;
    user.set(userWith('staff'));
    api = jasmine.createSpyObj<Api>('AlertsApi', ['transition']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: AlertsApi, useValue: api },
        { provide: AuthSession, useValue: { user } },
      ],
    });
  });

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('offers the actions the alert’s status allows, the next step first', async () => {
    await render(sampleAlertDetail({ status: 'new' }));
    expect(buttons()).toEqual(['action-verify', 'action-assign', 'action-falsePositive']);
    expect(byTestId('action-verify')!.textContent.trim()).toBe('开始核实');
    expect(byTestId('action-verify')!.classList).toContain('ant-btn-primary');
    fixture.componentRef.setInput('alert', sampleAlertDetail({ status: 'assigned' }));
    await fixture.whenStable();
    expect(buttons()).toEqual(['action-reply']);
  });

  it('shows no action to auditors and deputies, nor without a session', async () => {
    for (const role of ['auditor', 'deputy'] as const) {
      user.set(userWith(role));
      await render(sampleAlertDetail());
      expect(buttons()).withContext(role).toEqual([]);
      fixture.destroy();
    }
    user.set(null);
    await render(sampleAlertDetail());
    expect(buttons()).toEqual([]);
  });

  it('starts verification with an optional comment, then reports the change', async () => {
    await render(sampleAlertDetail());
    api.transition.and.resolveTo({ ids: ['7'] });
    await openForm('verify');
    expect(workflowText('workflow-subject')).toBe('PAY-LARGE 大额支付 · V2026000123 · 2026-03-15');
    expect(inDocument('workflow-unit')).toBeNull();
    await fillIn(fixture, 'workflow-comment', ' 请财政局提供凭证 ');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => changes === 1, 'the change');
    expect(api.transition).toHaveBeenCalledOnceWith({ ids: ['7'], action: 'verify', comment: '请财政局提供凭证' });
    await waitFor(fixture, () => inDocument('workflow-dialog') === null, 'the form to close');
  });

  it('does not mark a false positive without the reason', async () => {
    await render(sampleAlertDetail());
    await openForm('falsePositive');
    inDocument('workflow-submit')!.click();
    await fixture.whenStable();
    expect(workflowText('workflow-dialog')).toContain('请填写误报理由');
    expect(api.transition).not.toHaveBeenCalled();

    api.transition.and.resolveTo({ ids: ['7'] });
    await fillIn(fixture, 'workflow-comment', '同一笔支付重复导入');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => changes === 1, 'the change');
    expect(api.transition).toHaveBeenCalledOnceWith({
      ids: ['7'],
      action: 'falsePositive',
      comment: '同一笔支付重复导入',
    });
  });

  it('assigns to a unit with a deadline from today on, and asks for both first', async () => {
    await render(sampleAlertDetail({ status: 'verifying' }));
    await openForm('assign');
    inDocument('workflow-submit')!.click();
    await fixture.whenStable();
    expect(workflowText('workflow-dialog')).toContain('请填写承办单位');
    expect(workflowText('workflow-dialog')).toContain('请选择办理期限');
    expect(api.transition).not.toHaveBeenCalled();

    api.transition.and.resolveTo({ ids: ['7'] });
    expect(inDocument('workflow-deadline')!.getAttribute('min')).toBe(beijingToday(new Date()));
    const deadline = beijingToday(new Date(Date.now() + 7 * 86_400_000));
    await fillIn(fixture, 'workflow-unit', '市教育局');
    await fillIn(fixture, 'workflow-deadline', deadline);
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => changes === 1, 'the change');
    expect(api.transition).toHaveBeenCalledOnceWith({
      ids: ['7'],
      action: 'assign',
      assigneeUnit: '市教育局',
      deadline,
    });
  });

  it('keeps the form open with the server’s refusal in the current language', async () => {
    await render(sampleAlertDetail({ status: 'verifying' }));
    api.transition.and.rejectWith(
      serverError('预警7当前为“已办结”，不能办结', 'alert 7 is closed: it cannot be closed', 'CONFLICT', 409),
    );
    await openForm('close');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => inDocument('workflow-error') !== null, 'the refusal');
    expect(workflowText('workflow-error')).toBe('操作未完成：预警7当前为“已办结”，不能办结');
    expect(changes).toBe(0);
    expect(inDocument('workflow-dialog')).not.toBeNull();

    inDocument('workflow-cancel')!.click();
    await waitFor(fixture, () => inDocument('workflow-dialog') === null, 'the form to close');
    expect(changes).toBe(0);
  });
});
