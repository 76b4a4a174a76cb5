import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import type { RegionYear } from '../shared/state/region-year';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { sampleAlertDetail, sampleAlertPage, sampleRules } from '../testing/alert-fixtures';
import { chooseOption } from '../testing/nz-select';
import { sampleReferenceSummary } from '../testing/overview-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { AlertsApi } from './alerts-api';
import { AlertsPage } from './alerts-page';

type Api = jasmine.SpyObj<Pick<AlertsApi, 'alerts' | 'alert' | 'rules'>>;

describe('AlertsPage', () => {
  let api: Api;
  let scope: ReturnType<typeof signal<RegionYear>>;
  let fixture: ComponentFixture<AlertsPage>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (node: HTMLElement | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="alert-row"]')];

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    api = jasmine.createSpyObj<Api>('AlertsApi', ['alerts', 'alert', 'rules']);
    api.alerts.and.resolveTo(sampleAlertPage());
    api.alert.and.resolveTo(sampleAlertDetail());
    api.rules.and.resolveTo(sampleRules());
    scope = signal<RegionYear>({ regionCode: '390100', fiscalYear: 2026 });
    const reference = {
      summary: signal(sampleReferenceSummary()),
      load: () => Promise.resolve(sampleReferenceSummary()),
    };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: AlertsApi, useValue: api },
        { provide: RegionYearSelection, useValue: { current: scope } },
        { provide: ReferenceData, useValue: reference },
      ],
    });
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(AlertsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('lists the open alerts of the region and year, most severe first, with the counts per severity', async () => {
    await render();
    await waitFor(fixture, () => rows().length === 2, 'the alert rows');
    expect(api.alerts).toHaveBeenCalledWith(
      { regionCode: '390100', periodFrom: '2026', periodTo: '2026', includeResolved: false, page: 1, pageSize: 20 },
      jasmine.any(AbortSignal),
    );
    expect(text(byTestId('alerts-scope'))).toBe('临江市 · 2026年度');
    expect(rows().map((row) => row.getAttribute('data-severity'))).toEqual(['red', 'yellow']);
    expect(text(rows()[0]!.querySelector('[data-testid="cell-severity"]'))).toBe('红');
    expect(text(rows()[0]!.querySelector('.value'))).toBe('31.2 个百分点');
    expect(text(rows()[0]!.querySelector('.threshold'))).toBe('30 个百分点');
    expect(text(rows()[1]!.querySelector('.value'))).toBe('620.00万元');
    expect(text(rows()[1]!.querySelector('.threshold'))).toBe('500.00万元');
    const count = (severity: string) => text(byTestId(`count-${severity}`)!.querySelector('.count-value'));
    expect([count('red'), count('orange'), count('yellow')]).toEqual(['1', '0', '1']);
    expect(text(byTestId('count-red')!.querySelector('nz-tag'))).toBe('红');
    expect(text(byTestId('alerts-total'))).toBe('共 2 条');
    expect(byTestId('export-csv')!.getAttribute('href')).toBe(
      '/api/alerts/export?format=csv&lang=zh&regionCode=390100&periodFrom=2026&periodTo=2026&includeResolved=false',
    );
    expect(byTestId('export-xlsx')!.getAttribute('href')).toContain('format=xlsx');
  });

  it('filters by severity and exports the same selection', async () => {
    await render();
    await waitFor(fixture, () => rows().length === 2, 'the alert rows');
    await chooseOption(fixture, 'filter-severities', '红');
    await waitFor(fixture, () => api.alerts.calls.count() === 2, 'the filtered fetch');
    expect(api.alerts.calls.mostRecent().args[0]).toEqual(jasmine.objectContaining({ severities: ['red'], page: 1 }));
    expect(new URL(byTestId('export-csv')!.getAttribute('href')!, 'http://host').searchParams.get('severities')).toBe(
      'red',
    );
    expect(byTestId('filter-reset')).not.toBeNull();
  });

  it('opens an alert with its explanation, parameters, evidence and history', async () => {
    await render();
    await waitFor(fixture, () => rows().length === 2, 'the alert rows');
    rows()[1]!.click();
    await waitFor(fixture, () => inDocument('alert-detail') !== null, 'the alert drawer');
    expect(api.alert).toHaveBeenCalledWith('7', jasmine.any(AbortSignal));
    expect(text(inDocument('detail-explanation'))).toBe('单笔支付620万元，达到大额支付阈值500万元');
    expect(text(inDocument('detail-value'))).toBe('620.00万元');
    expect(text(inDocument('detail-version'))).toBe('v2');
    const cells = (node: HTMLElement | null) =>
      [...(node?.querySelectorAll<HTMLElement>('th, td, span, nz-tag') ?? [])].map((cell) => text(cell));
    expect(cells(inDocument('detail-params'))).toEqual(['threshold', '5,000,000']);
    expect(text(inDocument('evidence-vouchers')!.querySelector('nz-tag'))).toBe('V2026000123');
    expect(cells(inDocument('evidence-amount'))).toEqual(['金额', '6,200,000.00元']);
    expect(text(inDocument('detail-events'))).toContain('等级 黄，测量值 620.00万元');
  });

  it('follows the language switch: names and explanations in English', async () => {
    await render();
    await waitFor(fixture, () => rows().length === 2, 'the alert rows');
    TestBed.inject(I18n).setLang('en');
    await waitFor(fixture, () => text(rows()[1]!).includes('Large payment'), 'the English rows');
    expect(text(rows()[1]!)).toContain('at or above the threshold of 5,000,000 yuan');
    expect(byTestId('export-csv')!.getAttribute('href')).toContain('lang=en');
    TestBed.inject(I18n).setLang('zh-CN');
  });

  it('says why the list cannot be shown and retries on demand', async () => {
    api.alerts.and.rejectWith(
      serverError(
        '服务器内部错误，请稍后重试',
        'Internal server error, please try again later',
        'INTERNAL_SERVER_ERROR',
        500,
      ),
    );
    await render();
    await waitFor(fixture, () => byTestId('alerts-error') !== null, 'the error');
    expect(text(byTestId('alerts-error'))).toContain('预警清单加载失败');
    expect(text(byTestId('alerts-error'))).toContain('服务器内部错误，请稍后重试');
    api.alerts.and.resolveTo(sampleAlertPage());
    byTestId('alerts-error')!.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(fixture, () => rows().length === 2, 'the rows after a retry');
  });

  it('asks for a scope when the region or year is missing', async () => {
    scope.set({ regionCode: null, fiscalYear: 2026 });
    await render();
    expect(text(byTestId('alerts-no-selection'))).toContain('请选择行政区划和预算年度');
    expect(api.alerts).not.toHaveBeenCalled();
  });

  it('shows the rule catalog with the parameters in force for the region', async () => {
    await render();
    await waitFor(fixture, () => byTestId('tab-rules') !== null, 'the tabs');
    byTestId('tab-rules')!.click();
    await waitFor(fixture, () => byTestId('rule-row-EXE-LAG') !== null, 'the rule catalog');
    const lag = byTestId('rule-row-EXE-LAG')!;
    expect(text(lag.querySelector('[data-testid="rule-source"]'))).toBe('本区划设定');
    expect(text(lag.querySelector('[data-testid="rule-in-force"]'))).toBe(
      'yellowPoints = 12 · redPoints = 30 · minBudget = 1,000,000',
    );
    expect(text(byTestId('rule-row-EXE-OVER')!.querySelector('[data-testid="rule-source"]'))).toBe('默认');
  });
});
