import { TestBed } from '@angular/core/testing';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import { serverError } from '../testing/server-error';
import { StateAssetsApi } from './state-assets-api';
import { StateAssetsPage } from './state-assets-page';
import { sampleStateAssets } from './testing/state-assets-fixtures';

type Api = jasmine.SpyObj<Pick<StateAssetsApi, 'enterprises'>>;

describe('StateAssetsPage', () => {
  let api: Api;
  const { root, byTestId, all, settle, open } = routedPage('state-assets', StateAssetsPage, [
    { provide: StateAssetsApi, useFactory: () => api },
  ]);

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('StateAssetsApi', ['enterprises']);
    api.enterprises.and.resolveTo(sampleStateAssets());
  });

  it('shows the cards, the three charts and every enterprise of the scope', async () => {
    await open('/state-assets?region=390100&year=2026');
    await settle(() => all('state-assets-row').length === 4, 'the enterprises');
    expect(api.enterprises).toHaveBeenCalledOnceWith(
      { regionCode: '390100', fiscalYear: 2026 },
      jasmine.any(AbortSignal),
    );
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 2026年度国有资产');
    expect(text(byTestId('state-assets-count'))).toBe('4 户');
    const leverage = byTestId('state-assets-card-leverage')!;
    expect(text(leverage.querySelector('[data-testid="card-value"]'))).toBe('2 户');
    expect(text(leverage)).toContain('工业 65% / 70%，非工业 70% / 75%');
    for (const chart of [
      'state-assets-chart-leverage',
      'state-assets-chart-preservation',
      'state-assets-chart-dividends',
    ]) {
      expect(byTestId(chart)).withContext(chart).not.toBeNull();
    }
    const [first, , losing] = all('state-assets-row');
    const cell = (row: HTMLElement, id: string) => row.querySelector(`[data-testid="${id}"]`)!;
    expect(text(cell(first!, 'cell-leverage'))).toBe('76.80%');
    expect(cell(first!, 'cell-leverage').classList).toContain('red');
    expect(cell(first!, 'cell-unpaid').classList).toContain('orange');
    expect(text(cell(losing!, 'cell-net-profit'))).toBe('连续亏损2年 -3,000.00');
  });

  it('switches to English', async () => {
    await open('/state-assets?region=390100&year=2026');
    await settle(() => all('state-assets-row').length === 4, 'the enterprises');
    TestBed.inject(I18n).setLang('en');
    await settle(
      () => text(root().querySelector('.ant-page-header-heading-title')) === 'State assets of 临江市, FY 2026',
      'English',
    );
    expect(text(byTestId('state-assets-count'))).toBe('4');
    expect(text(all('state-assets-row')[0])).toContain('Non-industrial');
  });

  it('says when the region and year have no enterprise', async () => {
    api.enterprises.and.resolveTo(sampleStateAssets({ enterprises: [], fiscalYear: 2023 }));
    await open('/state-assets?region=390100&year=2023');
    await settle(() => byTestId('state-assets-empty') !== null, 'the empty state');
    expect(text(byTestId('state-assets-empty'))).toContain('临江市 2023年度暂无国有企业财务数据');
  });

  it('shows the server’s message when the figures fail, and retries', async () => {
    api.enterprises.and.rejectWith(
      serverError('无权查看行政区划 390100', 'region 390100 is outside your scope', 'FORBIDDEN', 403),
    );
    await open('/state-assets?region=390100&year=2026');
    await settle(() => byTestId('state-assets-error') !== null, 'the error');
    expect(text(byTestId('state-assets-error'))).toContain('无权查看行政区划 390100');
    api.enterprises.and.resolveTo(sampleStateAssets());
    (byTestId('state-assets-error')!.querySelector('button') as HTMLButtonElement).click();
    await settle(() => all('state-assets-row').length === 4, 'the figures after retrying');
  });

  it('says what is missing instead of an empty chart', async () => {
    const data = sampleStateAssets();
    data.enterprises = data.enterprises.map((e) => ({
      ...e,
      preservation: { value: null, severity: null },
      unpaid: { value: null, severity: null },
    }));
    api.enterprises.and.resolveTo(data);
    await open('/state-assets?region=390100&year=2026');
    await settle(() => all('state-assets-row').length === 4, 'the enterprises');
    expect(byTestId('state-assets-chart-preservation')).toBeNull();
    expect(text(root())).toContain('没有上年同期年报，无法计算保值增值率');
    expect(text(root())).toContain('所选年度没有应交国有资本收益');
  });

  it('asks for a scope when none is selected', async () => {
    await open('/state-assets');
    await settle(() => byTestId('state-assets-idle') !== null, 'the idle state');
    expect(api.enterprises).not.toHaveBeenCalled();
  });
});
