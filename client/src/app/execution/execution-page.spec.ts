import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import {
  sampleFunctions,
  sampleLines,
  sampleMonthly,
  samplePaymentPage,
  sampleRanking,
} from '../testing/execution-fixtures';
import { serverError } from '../testing/server-error';
import { ExecutionApi } from './execution-api';
import { ExecutionPage } from './execution-page';

type Api = jasmine.SpyObj<Pick<ExecutionApi, 'agencies' | 'monthly' | 'functions' | 'lines' | 'payments'>>;

const SCOPE = 'region=390100&year=2026';

describe('ExecutionPage', () => {
  let api: Api;
  const page = routedPage('execution', ExecutionPage, [{ provide: ExecutionApi, useFactory: () => api }]);
  const { root, byTestId, all, settle, open, openPending } = page;
  const url = () => new URL(TestBed.inject(Router).url, 'http://host');
  /** The breadcrumb's steps (its separators aside). */
  const crumbs = () => all('execution-breadcrumb').flatMap((nav) => [...nav.querySelectorAll('[data-testid^="execution-crumb-"]')].map((crumb) => text(crumb)));

  /** Types into a filter field and presses Enter, as a user applies it. */
  async function typeFilter(testId: string, value: string): Promise<void> {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await page.harness.fixture.whenStable();
  }

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('ExecutionApi', ['agencies', 'monthly', 'functions', 'lines', 'payments']);
    api.agencies.and.resolveTo(sampleRanking());
    api.monthly.and.resolveTo(sampleMonthly());
    api.functions.and.resolveTo(sampleFunctions());
    api.lines.and.resolveTo(sampleLines());
    api.payments.and.resolveTo(samplePaymentPage());
  });

  it('ranks the region’s agencies against time progress, with the monthly and function charts', async () => {
    await open(`/execution?${SCOPE}`);
    await settle(() => all('execution-agency-row').length === 3, 'the ranking');
    expect(api.agencies).toHaveBeenCalledOnceWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(api.monthly).toHaveBeenCalledWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(api.functions).toHaveBeenCalledWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(text(byTestId('execution-scope'))).toBe('临江市 · 2026年度');
    expect(text(byTestId('execution-as-of'))).toBe('2026年11月20日');
    expect(text(byTestId('execution-time-progress'))).toBe('88.8%');
    expect(crumbs()).toEqual(['临江市']);

    const [first, second, unranked] = all('execution-agency-row');
    expect(text(first)).toContain('青岚区乡村振兴服务中心');
    expect(text(first!.querySelector('[data-testid="cell-lag"]'))).toBe('43.8');
    expect(first!.querySelector('[data-testid="cell-lag"]')!.classList).toContain('behind');
    expect(text(second!.querySelector('[data-testid="cell-lag"]'))).toBe('-3.1');
    expect(text(unranked!.querySelector('[data-testid="cell-rate"]'))).toBe('—');
    const headers = [...root().querySelectorAll('[data-testid="execution-agency-table"] th')].map((th) => text(th));
    expect(headers).toContain('预算数（万元）');
    await settle(() => byTestId('execution-chart-ranking') !== null, 'the ranking chart');
    expect(byTestId('execution-chart-monthly')).not.toBeNull();
    expect(byTestId('execution-chart-functions')).not.toBeNull();
  });

  it('drills from an agency to a line to its payments, each step in the URL, and back by the breadcrumb', async () => {
    await open(`/execution?${SCOPE}`);
    await settle(() => all('execution-agency-row').length === 3, 'the ranking');
    all('execution-agency-row')[0]!.click();
    await settle(() => all('execution-line-row').length === 2, 'the agency’s lines');
    expect(url().searchParams.get('agency')).toBe('390112901');
    expect(url().searchParams.get('region')).toBe('390100');
    expect(api.lines).toHaveBeenCalledWith(
      { regionCode: '390100', fiscalYear: 2026, agencyCode: '390112901' },
      jasmine.any(AbortSignal),
    );
    expect(api.monthly).toHaveBeenCalledWith(
      { regionCode: '390100', fiscalYear: 2026, agencyCode: '390112901' },
      jasmine.any(AbortSignal),
    );
    expect(api.agencies).toHaveBeenCalledTimes(1);
    expect(crumbs()).toEqual(['临江市', '青岚区乡村振兴服务中心']);
    expect(text(byTestId('execution-agency-rate'))).toBe('45.0%');
    expect(text(byTestId('execution-unattributed-row'))).toContain('2.38');

    all('execution-line-row')[0]!.click();
    await settle(() => all('execution-payment-row').length === 2, 'the line’s payments');
    expect(url().searchParams.get('view')).toBe('payments');
    expect(url().searchParams.get('line')).toBe('ZB2026390112901001');
    expect(api.payments).toHaveBeenCalledWith(
      {
        regionCode: '390100',
        fiscalYear: 2026,
        agencyCode: '390112901',
        lineId: 'ZB2026390112901001',
        sort: 'payDate',
        direction: 'desc',
        page: 1,
        pageSize: 20,
      },
      jasmine.any(AbortSignal),
    );
    expect(text(byTestId('execution-total'))).toBe('共 37 笔，合计 108.00万元');
    const [payment] = all('execution-payment-row');
    expect(text(payment)).toContain('2026年3月5日');
    expect(text(payment!.querySelector('[data-testid="cell-amount"]'))).toBe('23,800.00');
    expect(crumbs()).toEqual(['临江市', '青岚区乡村振兴服务中心', 'ZB2026390112901001']);

    byTestId('execution-crumb-agency')!.click();
    await settle(() => all('execution-line-row').length === 2, 'the agency again');
    expect(url().searchParams.has('view')).toBeFalse();
    expect(url().searchParams.has('line')).toBeFalse();
    byTestId('execution-crumb-region')!.click();
    await settle(() => all('execution-agency-row').length === 3, 'the region again');
    expect(url().searchParams.has('agency')).toBeFalse();
    expect(url().searchParams.get('year')).toBe('2026');
  });

  it('lists the payments naming no line as the API’s lineId ""', async () => {
    await open(`/execution?${SCOPE}&agency=390112901`);
    await settle(() => byTestId('execution-unattributed-row') !== null, 'the lines');
    byTestId('execution-unattributed-row')!.click();
    await settle(() => all('execution-payment-row').length === 2, 'the payments');
    expect(url().searchParams.get('line')).toBe('');
    expect(api.payments.calls.mostRecent().args[0].lineId).toBe('');
    expect(text(byTestId('execution-crumb-payments'))).toBe('未关联预算指标的支付');
  });

  it('sends the filters to the API and keeps them in the URL, back to the first page', async () => {
    api.payments.and.resolveTo(samplePaymentPage({ total: 137 }));
    await open(`/execution?${SCOPE}&agency=390112901&view=payments&page=3`);
    await settle(() => all('execution-payment-row').length === 2, 'the payments');
    expect(api.payments.calls.mostRecent().args[0]).toEqual(jasmine.objectContaining({ page: 3 }));
    expect(api.payments.calls.mostRecent().args[0].lineId).toBeUndefined();

    await typeFilter('execution-filter-payee', ' 印务 ');
    await settle(() => url().searchParams.get('payee') === '印务', 'the payee in the URL');
    await typeFilter('execution-filter-min', '5,000');
    await settle(() => url().searchParams.get('min') === '5000', 'the minimum in the URL');
    await typeFilter('execution-filter-econ', '302');
    await settle(() => api.payments.calls.mostRecent().args[0].econCode === '302', 'the fetch with every filter');
    expect(api.payments.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ payee: '印务', minAmount: '5000', econCode: '302', page: 1 }),
    );
    expect(url().searchParams.has('page')).toBeFalse();

    byTestId('execution-filter-reset')!.click();
    await settle(() => !url().searchParams.has('payee'), 'the filters cleared');
    expect(url().searchParams.has('min')).toBeFalse();
  });

  it('refuses an amount the server would not take, without fetching', async () => {
    await open(`/execution?${SCOPE}&agency=390112901&view=payments`);
    await settle(() => all('execution-payment-row').length === 2, 'the payments');
    const calls = api.payments.calls.count();
    await typeFilter('execution-filter-max', '12.345');
    await settle(() => byTestId('execution-filter-problem') !== null, 'the problem');
    expect(text(byTestId('execution-filter-problem'))).toContain('请输入以元为单位的金额');
    expect(url().searchParams.has('max')).toBeFalse();
    expect(api.payments.calls.count()).toBe(calls);
  });

  it('opens a shared link with its filters, sort and page, and pages on through the URL', async () => {
    api.payments.and.resolveTo(samplePaymentPage({ total: 137 }));
    await open(`/execution?${SCOPE}&agency=390112901&view=payments&from=2026-03-01&min=5000&sort=amount&dir=asc`);
    await settle(() => all('execution-payment-row').length === 2, 'the payments');
    expect(api.payments.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ from: '2026-03-01', minAmount: '5000', sort: 'amount', direction: 'asc', page: 1 }),
    );
    expect((byTestId('execution-filter-min') as HTMLInputElement).value).toBe('5000');
    expect((byTestId('execution-filter-from') as HTMLInputElement).value).toBe('2026-03-01');

    [...root().querySelectorAll<HTMLElement>('li.ant-pagination-item')].find((item) => text(item) === '2')!.click();
    await settle(() => url().searchParams.get('page') === '2', 'page 2 in the URL');
    await settle(() => api.payments.calls.mostRecent().args[0].page === 2, 'the second page fetched');
    expect(url().searchParams.get('sort')).toBe('amount');
    expect(url().searchParams.get('min')).toBe('5000');
  });

  it('sorts by a column through the URL', async () => {
    await open(`/execution?${SCOPE}&agency=390112901&view=payments`);
    await settle(() => all('execution-payment-row').length === 2, 'the payments');
    const amountHeader = [...root().querySelectorAll<HTMLElement>('th')].find((th) => text(th).startsWith('金额'))!;
    amountHeader.click();
    await settle(() => url().searchParams.get('sort') === 'amount', 'the sort in the URL');
    await settle(() => api.payments.calls.mostRecent().args[0].sort === 'amount', 'the sorted fetch');
    expect(api.payments.calls.mostRecent().args[0].direction).toBe(url().searchParams.get('dir') as 'asc' | 'desc');
  });

  it('says why the ranking cannot be shown, in the language, and retries on demand', async () => {
    api.agencies.and.rejectWith(
      serverError(
        '服务器内部错误，请稍后重试',
        'Internal server error, please try again later',
        'INTERNAL_SERVER_ERROR',
        500,
      ),
    );
    await open(`/execution?${SCOPE}`);
    await settle(() => byTestId('execution-error') !== null, 'the error');
    expect(text(byTestId('execution-error'))).toContain('预算单位执行情况加载失败');
    expect(text(byTestId('execution-error'))).toContain('服务器内部错误，请稍后重试');
    TestBed.inject(I18n).setLang('en');
    await settle(() => text(byTestId('execution-error')).includes('Internal server error'), 'the English error');
    TestBed.inject(I18n).setLang('zh-CN');
    api.agencies.and.resolveTo(sampleRanking());
    byTestId('execution-error')!.querySelector<HTMLButtonElement>('button')!.click();
    await settle(() => all('execution-agency-row').length === 3, 'the ranking after a retry');
  });

  it('says when the region has no agency figures', async () => {
    api.agencies.and.resolveTo(sampleRanking({ agencies: [], asOf: null, timeProgress: null }));
    await open(`/execution?${SCOPE}`);
    await settle(() => byTestId('execution-empty') !== null, 'the empty state');
    expect(text(byTestId('execution-empty'))).toContain('临江市2026年度没有预算单位的预算或支付数据');
  });

  it('shows a skeleton while the ranking loads', async () => {
    let answer: (ranking: ReturnType<typeof sampleRanking>) => void = () => undefined;
    api.agencies.and.returnValue(new Promise((resolve) => (answer = resolve)));
    await openPending(`/execution?${SCOPE}`, 'execution-loading');
    expect(byTestId('execution-loading')).not.toBeNull();
    expect(all('execution-agency-row')).toEqual([]);
    answer(sampleRanking());
    await settle(() => all('execution-agency-row').length === 3, 'the ranking');
  });

  it('asks for a scope when the region or year is missing', async () => {
    await open('/execution?year=2026');
    await settle(() => byTestId('execution-no-selection') !== null, 'the request for a scope');
    expect(api.agencies).not.toHaveBeenCalled();
  });
});
