import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import { serverError } from '../testing/server-error';
import { SocialFundsApi } from './social-funds-api';
import { SocialFundsPage } from './social-funds-page';
import { sampleMonthly, sampleOverview, sampleRegions } from './testing/social-funds-fixtures';

type Api = jasmine.SpyObj<Pick<SocialFundsApi, 'overview' | 'monthly' | 'regions'>>;

const SCOPE = 'region=390100&year=2026';

describe('SocialFundsPage', () => {
  let api: Api;
  const { root, byTestId, all, settle, open, openPending } = routedPage('social-funds', SocialFundsPage, [
    { provide: SocialFundsApi, useFactory: () => api },
  ]);
  const card = (fund: string) => root().querySelector<HTMLElement>(`[data-testid="fund-card"][data-fund="${fund}"]`)!;

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('SocialFundsApi', ['overview', 'monthly', 'regions']);
    api.overview.and.resolveTo(sampleOverview());
    api.monthly.and.resolveTo(sampleMonthly());
    api.regions.and.resolveTo(sampleRegions());
  });

  it('shows every fund’s reserve in months against the warning lines, with the charts and the sub-regions', async () => {
    await open(`/social-funds?${SCOPE}`);
    await settle(() => all('fund-region-row').length === 3, 'the sub-regions');
    expect(api.overview).toHaveBeenCalledOnceWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(api.monthly).toHaveBeenCalledWith({ regionCode: '390100', fiscalYear: 2026 }, jasmine.any(AbortSignal));
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 · 2026年度社会保险基金');
    expect(text(byTestId('social-funds-through'))).toBe('2026年10月');
    expect(text(byTestId('social-funds-lines'))).toBe('可支付月数低于 9 个月黄色、低于 6 个月红色');

    expect(all('fund-card').map((c) => c.getAttribute('data-fund'))).toEqual([
      '',
      '企业职工基本养老保险',
      '机关事业单位基本养老保险',
      '失业保险',
    ]);
    expect(card('').getAttribute('aria-checked')).toBe('true');
    const pension = card('机关事业单位基本养老保险');
    expect(text(pension.querySelector('[data-testid="fund-months"]'))).toBe('5.00');
    expect(text(pension.querySelector('[data-testid="fund-level"]'))).toBe('低于6个月');
    expect(pension.querySelector('[data-testid="fund-deficit"]')).not.toBeNull();
    expect(text(pension.querySelector('[data-testid="fund-surplus"]'))).toBe('-1.00亿元');
    expect(card('企业职工基本养老保险').querySelector('[data-testid="fund-deficit"]')).toBeNull();

    const [, district, county] = all('fund-region-row');
    expect(text(district!.querySelector('[data-testid="cell-surplus"]'))).toContain('收不抵支');
    expect(text(county!.querySelector('[data-testid="cell-months"]'))).toBe('3.50');
    expect(county!.querySelector('[data-testid="cell-months"] nz-tag')!.getAttribute('title')).toBe('低于6个月');
    await settle(
      () => byTestId('social-funds-chart-months') !== null && byTestId('social-funds-chart-monthly') !== null,
      'the charts',
    );
  });

  it('shows one fund below the cards through the URL, and all of them again', async () => {
    await open(`/social-funds?${SCOPE}`);
    await settle(() => all('fund-card').length === 4, 'the cards');
    card('失业保险').click();
    await settle(() => api.regions.calls.mostRecent().args[0].fundType === '失业保险', 'the fund’s figures');
    expect(new URL(TestBed.inject(Router).url, 'http://host').searchParams.get('fund')).toBe('失业保险');
    expect(api.monthly).toHaveBeenCalledWith(
      { regionCode: '390100', fiscalYear: 2026, fundType: '失业保险' },
      jasmine.any(AbortSignal),
    );
    expect(api.overview).toHaveBeenCalledTimes(1);
    await settle(() => card('失业保险').getAttribute('aria-checked') === 'true', 'the selected card');
    card('').click();
    await settle(
      () => !new URL(TestBed.inject(Router).url, 'http://host').searchParams.has('fund'),
      'every fund again',
    );
    await settle(() => api.regions.calls.mostRecent().args[0].fundType === undefined, 'every fund’s figures');
  });

  it('switches to English', async () => {
    await open(`/social-funds?${SCOPE}`);
    await settle(() => byTestId('social-funds-through') !== null, 'the page');
    TestBed.inject(I18n).setLang('en');
    await settle(() => text(byTestId('social-funds-through')) === 'Oct 2026', 'English');
    expect(text(card('').querySelector('.name'))).toBe('All funds');
    expect(text(card('失业保险').querySelector('[data-testid="fund-level"]'))).toBe('Under 9 months');
  });

  it('says so when the region has no fund loaded for the year', async () => {
    api.overview.and.resolveTo(sampleOverview({ funds: [], total: null, latestMonth: 0 }));
    await open(`/social-funds?${SCOPE}`);
    await settle(() => byTestId('social-funds-empty') !== null, 'the empty state');
    expect(text(byTestId('social-funds-empty'))).toContain('临江市2026年度没有已导入的社会保险基金数据');
  });

  it('shows the server’s message when the funds cannot be loaded, and retries', async () => {
    api.overview.and.rejectWith(serverError('未找到行政区划 390199', 'region 390199 not found'));
    await open(`/social-funds?${SCOPE}`);
    await settle(() => byTestId('social-funds-error') !== null, 'the error');
    expect(text(byTestId('social-funds-error'))).toContain('未找到行政区划 390199');
    api.overview.and.resolveTo(sampleOverview());
    (root().querySelector('[data-testid="social-funds-error"] button') as HTMLButtonElement).click();
    await settle(() => all('fund-card').length === 4, 'the funds after retrying');
  });

  it('shows a skeleton while loading', async () => {
    let answer: (overview: ReturnType<typeof sampleOverview>) => void = () => undefined;
    api.overview.and.returnValue(new Promise((resolve) => (answer = resolve)));
    await openPending(`/social-funds?${SCOPE}`, 'social-funds-loading');
    expect(byTestId('social-funds-loading')).not.toBeNull();
    answer(sampleOverview());
    await settle(() => all('fund-card').length === 4, 'the funds');
  });

  it('asks for a scope when the region or year is missing', async () => {
    await open('/social-funds?year=2026');
    await settle(() => byTestId('social-funds-idle') !== null, 'the request for a scope');
    expect(api.overview).not.toHaveBeenCalled();
  });
});
