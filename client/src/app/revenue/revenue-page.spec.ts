import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import { serverError } from '../testing/server-error';
import { RevenueApi } from './revenue-api';
import { RevenuePage } from './revenue-page';
import {
  sampleCodes,
  sampleComposition,
  sampleMonthly,
  sampleRegions,
  sampleSummary,
} from './testing/revenue-fixtures';

type Api = jasmine.SpyObj<Pick<RevenueApi, 'summary' | 'monthly' | 'composition' | 'codes' | 'regions'>>;

const SCOPE = 'region=390100&year=2026';

describe('RevenuePage', () => {
  let api: Api;
  const { root, byTestId, all, settle, open, openPending } = routedPage('revenue', RevenuePage, [
    { provide: RevenueApi, useFactory: () => api },
  ]);

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('RevenueApi', ['summary', 'monthly', 'composition', 'codes', 'regions']);
    api.summary.and.resolveTo(sampleSummary());
    api.monthly.and.resolveTo(sampleMonthly());
    api.composition.and.resolveTo(sampleComposition());
    api.codes.and.resolveTo(sampleCodes());
    api.regions.and.resolveTo(sampleRegions());
  });

  it('shows the four books against time progress, with the charts and tables of 一般公共预算', async () => {
    await open(`/revenue?${SCOPE}`);
    await settle(() => all('revenue-region-row').length === 3 && all('revenue-code-row').length === 3, 'the tables');
    expect(api.summary).toHaveBeenCalledOnceWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(api.monthly).toHaveBeenCalledWith(
      { regionCode: '390100', fiscalYear: 2026, book: 'GPB' },
      jasmine.any(AbortSignal),
    );
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 · 2026年度收入执行');
    expect(text(byTestId('revenue-through'))).toBe('2026年10月');
    expect(text(byTestId('revenue-time-progress'))).toBe('83.3%');

    const gpb = byTestId('revenue-book-GPB')!;
    expect(gpb.getAttribute('aria-checked')).toBe('true');
    expect(text(gpb.querySelector('[data-testid="revenue-book-actual"]'))).toBe('98.00亿元');
    expect(text(gpb.querySelector('[data-testid="revenue-book-rate"]'))).toBe('81.7%');
    const gfb = byTestId('revenue-book-GFB')!;
    expect(gfb.querySelector('[data-testid="revenue-book-behind"]')).not.toBeNull();
    expect(text(gfb.querySelector('[data-testid="revenue-book-growth"]'))).toBe('同比 -14.3%');

    expect(text(byTestId('revenue-non-tax-share'))).toBe('20.0%');
    expect(text(byTestId('revenue-general'))).toBe('98.00亿元');
    expect(byTestId('revenue-flags')).toBeNull();
    const [, , county] = all('revenue-region-row');
    expect(text(county!.querySelector('[data-testid="cell-gap"]'))).toBe('13.3');
    expect(county!.querySelector('[data-testid="cell-gap"] nz-tag')).not.toBeNull();
    expect(text(county)).toContain('仅报送至9月');
    const headers = [...root().querySelectorAll('[data-testid="revenue-code-table"] th')].map((th) => text(th));
    expect(headers).toContain('年初预算（万元）');
    await settle(() => byTestId('revenue-chart-monthly') !== null, 'the charts');
    expect(byTestId('revenue-chart-composition')).not.toBeNull();
    expect(byTestId('revenue-chart-regions')).not.toBeNull();
  });

  it('shows another book below the cards, through the URL', async () => {
    await open(`/revenue?${SCOPE}`);
    await settle(() => byTestId('revenue-book-GFB') !== null, 'the cards');
    byTestId('revenue-book-GFB')!.click();
    await settle(() => api.regions.calls.mostRecent().args[0].book === 'GFB', 'the GFB figures');
    expect(new URL(TestBed.inject(Router).url, 'http://host').searchParams.get('book')).toBe('GFB');
    expect(api.codes).toHaveBeenCalledWith(
      { regionCode: '390100', fiscalYear: 2026, book: 'GFB' },
      jasmine.any(AbortSignal),
    );
    expect(api.summary).toHaveBeenCalledTimes(1);
    await settle(() => byTestId('revenue-book-GFB')!.getAttribute('aria-checked') === 'true', 'the selected card');
  });

  it('expands a revenue class to its 款 and 项', async () => {
    await open(`/revenue?${SCOPE}`);
    await settle(() => all('revenue-code-row').length === 3, 'the codes');
    byTestId('revenue-code-toggle-101')!.click();
    await settle(() => all('revenue-code-row').length === 5, 'the 款');
    byTestId('revenue-code-toggle-10101')!.click();
    await settle(() => all('revenue-code-row').length === 6, 'the 项');
    expect(all('revenue-code-row').map((row) => row.getAttribute('data-code'))).toEqual([
      '101',
      '10101',
      '1010101',
      '10104',
      '103',
      '110',
    ]);
  });

  it('raises the non-tax and decline flags', async () => {
    api.composition.and.resolveTo(sampleComposition({ shareAbove: true, decline: 'red', growth: '-0.120000' }));
    await open(`/revenue?${SCOPE}`);
    await settle(() => byTestId('revenue-flags') !== null, 'the flags');
    expect(
      all('revenue-flags').flatMap((flags) => [...flags.querySelectorAll('nz-tag')].map((tag) => text(tag))),
    ).toEqual(['非税占比高于30%预警线', '收入比上年同期下降10%以上']);
  });

  it('switches to English', async () => {
    await open(`/revenue?${SCOPE}`);
    await settle(() => byTestId('revenue-through') !== null, 'the page');
    TestBed.inject(I18n).setLang('en');
    await settle(() => text(byTestId('revenue-through')) === 'Oct 2026', 'English');
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 · Revenue, FY 2026');
    expect(text(byTestId('revenue-book-GPB')!.querySelector('[data-testid="revenue-book-actual"]'))).toBe(
      '98.00 100M yuan',
    );
  });

  it('says so when the region has no revenue loaded for the year', async () => {
    const empty = sampleSummary({ throughMonth: 0, timeProgress: null, monthProgress: null });
    empty.books = empty.books.map((book) => ({ ...book, budget: '0.00', actual: '0.00', rate: null, paceGap: null }));
    api.summary.and.resolveTo(empty);
    await open(`/revenue?${SCOPE}`);
    await settle(() => byTestId('revenue-empty') !== null, 'the empty state');
    expect(text(byTestId('revenue-empty'))).toContain('临江市2026年度没有已导入的收入数据');
    expect(text(byTestId('revenue-through'))).toBe('尚无数据');
  });

  it('shows the server’s message when the figures cannot be loaded, and retries', async () => {
    api.summary.and.rejectWith(serverError('您无权查看该行政区划', 'You may not see this region', 'FORBIDDEN', 403));
    await open(`/revenue?${SCOPE}`);
    await settle(() => byTestId('revenue-error') !== null, 'the error');
    expect(text(byTestId('revenue-error'))).toContain('您无权查看该行政区划');
    api.summary.and.resolveTo(sampleSummary());
    (root().querySelector('[data-testid="revenue-error"] button') as HTMLButtonElement).click();
    await settle(() => byTestId('revenue-book-GPB') !== null, 'the figures after retrying');
  });

  it('shows a skeleton while loading', async () => {
    let answer: (summary: ReturnType<typeof sampleSummary>) => void = () => undefined;
    api.summary.and.returnValue(new Promise((resolve) => (answer = resolve)));
    await openPending(`/revenue?${SCOPE}`, 'revenue-loading');
    expect(byTestId('revenue-loading')).not.toBeNull();
    answer(sampleSummary());
    await settle(() => byTestId('revenue-book-GPB') !== null, 'the figures');
  });

  it('asks for a scope when the region or year is missing', async () => {
    await open('/revenue?year=2026');
    await settle(() => byTestId('revenue-idle') !== null, 'the request for a scope');
    expect(api.summary).not.toHaveBeenCalled();
  });
});
