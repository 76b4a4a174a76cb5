import { TestBed } from '@angular/core/testing';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import { serverError } from '../testing/server-error';
import { ReviewApi } from './review-api';
import { ReviewPage } from './review-page';
import {
  sampleBooks,
  sampleFunctions,
  samplePositions,
  sampleReliability,
  sampleSangong,
} from './testing/review-fixtures';

type Api = jasmine.SpyObj<Pick<ReviewApi, 'books' | 'functions' | 'sangong' | 'positions' | 'reliability'>>;

const SCOPE = 'region=390100&year=2026';

describe('ReviewPage', () => {
  let api: Api;
  const { root, byTestId, settle, open, openPending } = routedPage('review', ReviewPage, [
    { provide: ReviewApi, useFactory: () => api },
  ]);

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('ReviewApi', ['books', 'functions', 'sangong', 'positions', 'reliability']);
    api.books.and.resolveTo(sampleBooks());
    api.functions.and.resolveTo(sampleFunctions());
    api.sangong.and.resolveTo(sampleSangong());
    api.positions.and.resolveTo(samplePositions());
    api.reliability.and.resolveTo(sampleReliability());
  });

  it('shows the five sections for the scope in the URL', async () => {
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-pi3') !== null && byTestId('review-sangong-30212') !== null, 'every section');
    for (const call of [api.books, api.functions, api.sangong, api.positions, api.reliability]) {
      expect(call).toHaveBeenCalledOnceWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    }
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 · 2026年预算会前审查参阅材料');
    expect(text(byTestId('review-books-lead'))).toContain('2026年四本预算支出合计204.30亿元');
    const gpb = byTestId('review-book-GPB')!;
    expect(text(gpb.querySelector('[data-testid="cell-budget"]'))).toBe('124.30亿元');
    expect(text(gpb.querySelector('[data-testid="cell-vs-executed"]'))).toBe('增长21.5%');
    expect(text(byTestId('review-book-total')!.querySelector('[data-testid="cell-budget"]'))).toBe('204.30亿元');
    expect(text(byTestId('review-functions-lead'))).toContain('增加最多：教育支出（增长22.4%）');
    expect(text(byTestId('review-sangong-lead'))).toContain('与上年预算相比减少14.0%');
    expect(text(byTestId('review-debt-ratio-value'))).toBe('119.5%');
    expect(byTestId('review-debt-ratio')!.classList).toContain('over');
    expect(text(byTestId('review-soe-over-line'))).toContain('2户');
    expect(byTestId('review-pi1')!.getAttribute('data-score')).toBe('B');
    expect(text(byTestId('review-pi1')!.querySelector('[data-testid="score-meaning"]'))).toBe(
      '实际支出在年初预算的90%到110%之间，预算总额基本可靠。',
    );
    expect(byTestId('review-partial-note')).toBeNull();
    for (const chart of [
      'review-chart-scale',
      'review-chart-share',
      'review-chart-functions',
      'review-chart-sangong',
    ]) {
      expect(byTestId(chart)).withContext(chart).not.toBeNull();
    }
  });

  it('prints through the browser', async () => {
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-print') !== null, 'the print button');
    const print = spyOn(window, 'print');
    byTestId('review-print')!.click();
    expect(print).toHaveBeenCalledTimes(1);
    expect(text(byTestId('review-print'))).toBe('打印 / 导出PDF');
  });

  it('warns when last year’s spending is not a whole year', async () => {
    api.books.and.resolveTo(sampleBooks({ lastYearThroughMonth: 9 }));
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-partial-note') !== null, 'the note');
    expect(text(byTestId('review-partial-note'))).toBe('注意：2025年的实际支出只统计到1–9月，不是全年数。');
  });

  it('says what is missing: no debt, no enterprises, no completed year', async () => {
    api.positions.and.resolveTo(samplePositions({ debt: null, stateAssets: null }));
    api.reliability.and.resolveTo(
      sampleReliability({ aggregateExpenditure: null, composition: null, aggregateRevenue: null }),
    );
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-reliability-none') !== null, 'the missing parts');
    expect(text(byTestId('review-debt-empty'))).toBe('2026年没有导入债务数据');
    expect(text(byTestId('review-soe-empty'))).toBe('没有导入国有企业财务数据');
  });

  it('keeps the other sections when one part fails', async () => {
    api.sangong.and.rejectWith(serverError('服务暂不可用', 'Service unavailable', 'INTERNAL_SERVER_ERROR', 500));
    await open(`/review?${SCOPE}`);
    await settle(() => text(byTestId('review-sangong')).includes('服务暂不可用'), 'the failed part');
    expect(byTestId('review-book-GPB')).not.toBeNull();
    expect(byTestId('review-pi1')).not.toBeNull();
  });

  it('switches to English', async () => {
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-pi1') !== null, 'the page');
    TestBed.inject(I18n).setLang('en');
    await settle(
      () =>
        text(root().querySelector('.ant-page-header-heading-title')) === '临江市 · Pre-session budget review, FY 2026',
      'English',
    );
    expect(text(byTestId('review-book-GPB')!.querySelector('[data-testid="cell-budget"]'))).toBe('124.30 100M yuan');
    expect(text(byTestId('review-print'))).toBe('Print / save as PDF');
  });

  it('says so when the region has no budget for the year', async () => {
    const empty = sampleBooks();
    empty.total = { ...empty.total, budget: '0.00', lastYearBudget: '0.00' };
    api.books.and.resolveTo(empty);
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-empty') !== null, 'the empty state');
    expect(text(byTestId('review-empty'))).toContain('临江市2026年度还没有导入预算数据');
    expect(byTestId('review-print')).toBeNull();
  });

  it('shows the server’s message when the books cannot be loaded, and retries', async () => {
    api.books.and.rejectWith(serverError('您无权查看该行政区划', 'You may not see this region', 'FORBIDDEN', 403));
    await open(`/review?${SCOPE}`);
    await settle(() => byTestId('review-error') !== null, 'the error');
    expect(text(byTestId('review-error'))).toContain('您无权查看该行政区划');
    api.books.and.resolveTo(sampleBooks());
    (root().querySelector('[data-testid="review-error"] button') as HTMLButtonElement).click();
    await settle(() => byTestId('review-book-GPB') !== null, 'the figures after retrying');
  });

  it('shows a skeleton while loading', async () => {
    let answer: (books: ReturnType<typeof sampleBooks>) => void = () => undefined;
    api.books.and.returnValue(new Promise((resolve) => (answer = resolve)));
    await openPending(`/review?${SCOPE}`, 'review-loading');
    expect(byTestId('review-loading')).not.toBeNull();
    answer(sampleBooks());
    await settle(() => byTestId('review-book-GPB') !== null, 'the figures');
  });

  it('asks for a scope when the region or year is missing', async () => {
    await open('/review?year=2026');
    await settle(() => byTestId('review-idle') !== null, 'the request for a scope');
    expect(api.books).not.toHaveBeenCalled();
  });
});
