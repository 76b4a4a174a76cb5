import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { AuthSession } from '../auth/auth-session';
import type { Role, User } from '../auth/user';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleAlert, sampleAlertDetail, sampleAlertPage } from '../testing/alert-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { AlertList } from './alert-list';
import { AlertsApi } from './alerts-api';
import { workflowText } from './workflow-dialog.testing';

type Api = jasmine.SpyObj<Pick<AlertsApi, 'alerts' | 'alert' | 'transition'>>;

const userWith = (role: Role): User => ({
  id: 2,
  username: 'e2e.staff',
  displayName: '张工作人员',
  role,
  regionCode: '390100',
  mustChangePassword: false,
});

describe('AlertList', () => {
  let api: Api;
  const user = signal<User | null>(null);
  let fixture: ComponentFixture<AlertList>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="alert-row"]')];
  const tick = (row: HTMLElement) => row.querySelector<HTMLInputElement>('[data-testid="row-select"] input')!.click();
  const statuses = () => rows().map((row) => row.querySelector('[data-testid="cell-status"]')!.textContent.trim());

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(AlertList);
    fixture.componentRef.setInput('scope', { regionCode: '390100', fiscalYear: 2026 });
    element = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => rows().length === 2, 'the alert rows');
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    user.set(userWith('staff'));
    api = jasmine.createSpyObj<Api>('AlertsApi', ['alerts', 'alert', 'transition']);
    api.alerts.and.resolveTo(sampleAlertPage());
    api.alert.and.resolveTo(sampleAlertDetail());
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

  it('labels every review status', async () => {
    const all = (['new', 'verifying', 'assigned', 'replied', 'closed', 'false_positive'] as const).map(
      (status, index) => sampleAlert({ id: String(index + 1), status }),
    );
    api.alerts.and.resolveTo(sampleAlertPage({ items: all, total: 6 }));
    fixture = TestBed.createComponent(AlertList);
    fixture.componentRef.setInput('scope', { regionCode: '390100', fiscalYear: 2026 });
    element = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => rows().length === 6, 'the alert rows');
    expect(statuses()).toEqual(['新发现', '核实中', '已交办', '已反馈', '已办结', '误报']);
  });

  it('ticks alerts without opening them, acts on them together, then clears the selection and fetches the list again', async () => {
    await render();
    expect(byTestId('bulk-bar')).toBeNull();
    tick(rows()[0]!);
    // A click that misses the box but lands in its cell does not open the alert either.
    rows()[0]!.querySelector<HTMLElement>('[data-testid="row-select"]')!.click();
    await fixture.whenStable();
    expect(api.alert).not.toHaveBeenCalled();
    expect(byTestId('bulk-count')!.textContent.trim()).toBe('已选 1 条预警');

    byTestId('select-page')!.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    expect(byTestId('bulk-count')!.textContent.trim()).toBe('已选 2 条预警');

    api.transition.and.resolveTo({ ids: ['9', '7'] });
    api.alerts.and.resolveTo(
      sampleAlertPage({ items: sampleAlertPage().items.map((alert) => ({ ...alert, status: 'verifying' as const })) }),
    );
    byTestId('bulk-action-verify')!.click();
    await waitFor(fixture, () => inDocument('workflow-submit') !== null, 'the form');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => byTestId('bulk-bar') === null, 'the selection to clear');
    expect(api.transition).toHaveBeenCalledOnceWith({ ids: ['9', '7'], action: 'verify' });
    await waitFor(fixture, () => statuses().every((status) => status === '核实中'), 'the list fetched again');
    expect(api.alerts).toHaveBeenCalledTimes(2);
  });

  it('keeps the selection when the server refuses, and fetches the list again to show why', async () => {
    await render();
    byTestId('select-page')!.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    api.transition.and.rejectWith(
      serverError(
        '预警9当前为“核实中”，不能开始核实',
        'alert 9 is verifying: it cannot be taken into verification',
        'CONFLICT',
        409,
      ),
    );
    byTestId('bulk-action-verify')!.click();
    await waitFor(fixture, () => inDocument('workflow-submit') !== null, 'the form');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => inDocument('workflow-error') !== null, 'the refusal');
    expect(workflowText('workflow-error')).toContain('预警9当前为“核实中”，不能开始核实');
    await waitFor(fixture, () => api.alerts.calls.count() === 2, 'the list fetched again');
    expect(byTestId('bulk-count')!.textContent.trim()).toBe('已选 2 条预警');
  });

  it('acts on the alert open in the drawer and fetches it and the list again', async () => {
    await render();
    rows()[1]!.click();
    await waitFor(fixture, () => inDocument('action-verify') !== null, 'the drawer’s actions');
    api.transition.and.resolveTo({ ids: ['7'] });
    api.alert.and.resolveTo(
      sampleAlertDetail({
        status: 'verifying',
        events: [
          ...sampleAlertDetail().events,
          {
            kind: 'status',
            actor: '张工作人员',
            fromStatus: 'new',
            toStatus: 'verifying',
            comment: '',
            details: {},
            createdAt: '2026-11-22T02:00:00Z',
          },
        ],
      }),
    );
    inDocument('action-verify')!.click();
    await waitFor(fixture, () => inDocument('workflow-submit') !== null, 'the form');
    inDocument('workflow-submit')!.click();
    await waitFor(
      fixture,
      () => inDocument('detail-status')?.textContent?.trim() === '核实中',
      'the alert fetched again',
    );
    expect(api.alert).toHaveBeenCalledTimes(2);
    expect(api.alerts).toHaveBeenCalledTimes(2);
    const last = [...document.querySelectorAll<HTMLElement>('[data-testid="detail-event"]')].at(-1)!;
    expect(last.getAttribute('data-action')).toBe('verify');
    expect(last.querySelector('[data-testid="event-actor"]')!.textContent.trim()).toBe('张工作人员');
    expect(inDocument('action-verify')).toBeNull();
    expect(inDocument('action-close')).not.toBeNull();
  });

  it('gives auditors neither checkboxes nor actions', async () => {
    user.set(userWith('auditor'));
    await render();
    expect(byTestId('select-page')).toBeNull();
    expect(rows()[0]!.querySelector('[data-testid="row-select"]')).toBeNull();
    rows()[0]!.click();
    await waitFor(fixture, () => inDocument('alert-detail') !== null, 'the drawer');
    expect(inDocument('alert-actions')).toBeNull();
  });
});
