import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { AlertBulkBar, type SelectedAlert } from './alert-bulk-bar';
import { AlertsApi } from './alerts-api';
import { fillIn, workflowText } from './workflow-dialog.testing';

type Api = jasmine.SpyObj<Pick<AlertsApi, 'transition'>>;

describe('AlertBulkBar', () => {
  let api: Api;
  let fixture: ComponentFixture<AlertBulkBar>;
  let element: HTMLElement;
  let changed: string[][];
  let refusals: number;
  let clears: number;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const actionButtons = () =>
    [...element.querySelectorAll<HTMLElement>('[data-testid^="bulk-action-"]')].map((button) =>
      button.textContent.trim(),
    );

  async function render(selected: SelectedAlert[]): Promise<void> {
    fixture = TestBed.createComponent(AlertBulkBar);
    fixture.componentRef.setInput('selected', selected);
    fixture.componentInstance.changed.subscribe((ids) => changed.push(ids));
    fixture.componentInstance.refused.subscribe(() => refusals++);
    fixture.componentInstance.cleared.subscribe(() => clears++);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    changed = [];
    refusals = 0;
    clears = 0;
    api = jasmine.createSpyObj<Api>('AlertsApi', ['transition']);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: AlertsApi, useValue: api }],
    });
  });

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('counts the selection and offers the actions all of it allows', async () => {
    await render([
      { id: '7', status: 'new' },
      { id: '9', status: 'verifying' },
    ]);
    expect(byTestId('bulk-count')!.textContent.trim()).toBe('已选 2 条预警');
    expect(actionButtons()).toEqual(['交办', '认定误报']);
    expect(byTestId('bulk-none')).toBeNull();
  });

  it('says so when the selected alerts share no action', async () => {
    await render([
      { id: '7', status: 'new' },
      { id: '9', status: 'assigned' },
    ]);
    expect(actionButtons()).toEqual([]);
    expect(byTestId('bulk-none')!.textContent).toContain('没有可以一并办理的操作');
  });

  it('acts on every selected alert in one call and reports the ids changed', async () => {
    await render([
      { id: '7', status: 'new' },
      { id: '9', status: 'new' },
    ]);
    api.transition.and.resolveTo({ ids: ['7', '9'] });
    byTestId('bulk-action-verify')!.click();
    await waitFor(fixture, () => inDocument('workflow-dialog') !== null, 'the form');
    expect(workflowText('workflow-subject')).toBe('已选 2 条预警');
    await fillIn(fixture, 'workflow-comment', '集中核实');
    inDocument('workflow-submit')!.click();
    await waitFor(fixture, () => changed.length === 1, 'the change');
    expect(api.transition).toHaveBeenCalledOnceWith({ ids: ['7', '9'], action: 'verify', comment: '集中核实' });
    expect(changed).toEqual([['7', '9']]);
    expect(refusals).toBe(0);
  });

  it('shows a 409 in the form and reports the refusal, not a change', async () => {
    await render([
      { id: '7', status: 'new' },
      { id: '9', status: 'new' },
    ]);
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
    expect(workflowText('workflow-error')).toBe('操作未完成：预警9当前为“核实中”，不能开始核实');
    expect(refusals).toBe(1);
    expect(changed).toEqual([]);

    // The list fetched again gives the same selection: the form and its message stay.
    fixture.componentRef.setInput('selected', [
      { id: '7', status: 'new' },
      { id: '9', status: 'verifying' },
    ]);
    await fixture.whenStable();
    expect(inDocument('workflow-error')).not.toBeNull();
  });

  it('asks the list to clear the selection', async () => {
    await render([{ id: '7', status: 'closed' }]);
    expect(actionButtons()).toEqual(['重新核实']);
    byTestId('bulk-clear')!.click();
    expect(clears).toBe(1);
  });
});
