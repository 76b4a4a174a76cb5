import { TestBed } from '@angular/core/testing';
import { I18n } from '../shared/i18n/i18n';
import { routedPage, text } from '../testing/routed-page';
import { serverError } from '../testing/server-error';
import { DebtApi } from './debt-api';
import { DebtPage } from './debt-page';
import { emptyPositions, sampleMaturities, samplePositions, sampleProjects } from './testing/debt-fixtures';

type Api = jasmine.SpyObj<Pick<DebtApi, 'positions' | 'maturities' | 'projects'>>;

describe('DebtPage', () => {
  let api: Api;
  const { root, byTestId, all, settle, open } = routedPage('debt', DebtPage, [
    { provide: DebtApi, useFactory: () => api },
  ]);

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('DebtApi', ['positions', 'maturities', 'projects']);
    api.positions.and.resolveTo(samplePositions());
    api.maturities.and.resolveTo(sampleMaturities());
    api.projects.and.resolveTo(sampleProjects());
  });

  it('shows the balance, the four ratios against their lines, the regions and the charts of the scope', async () => {
    await open('/debt?region=390100&year=2026');
    await settle(() => all('debt-region-row').length === 3, 'the region table');
    const scope = { regionCode: '390100', fiscalYear: 2026 };
    expect(api.positions).toHaveBeenCalledOnceWith(scope, jasmine.any(AbortSignal));
    expect(api.maturities).toHaveBeenCalledOnceWith(scope, jasmine.any(AbortSignal));
    expect(api.projects).toHaveBeenCalledOnceWith(scope, jasmine.any(AbortSignal));
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('临江市 2026年度政府债务');
    expect(text(byTestId('debt-as-of'))).toBe('2026年10月末');
    expect(text(byTestId('debt-capacity'))).toBe('910.00亿元');

    expect(text(byTestId('debt-card-balance-value'))).toBe('643.70亿元');
    expect(text(byTestId('debt-card-balance-status'))).toBe('1个区划超限额');
    const debtRatio = byTestId('debt-card-debtRatio')!;
    expect(text(debtRatio.querySelector('[data-testid="debt-card-value"]'))).toBe('70.73%');
    expect(text(debtRatio)).toContain('预警线：橙 ≥ 100% · 红 ≥ 120%');

    const zone = all('debt-region-row')[1]!;
    expect(text(zone)).toContain('临江经济技术开发区');
    expect(text(zone.querySelector('[data-testid="cell-special-balance"]'))).toBe('超限额 137,000.00');
    const ratio = zone.querySelector('[data-testid="cell-debtRatio"]')!;
    expect(text(ratio)).toBe('137.00%');
    expect(ratio.classList).toContain('red');
    expect(text(all('debt-region-row')[2])).toContain('合计（含下级）');

    for (const chart of ['debt-chart-limits', 'debt-chart-ratios', 'debt-chart-maturities', 'debt-chart-projects']) {
      expect(byTestId(chart)).withContext(chart).not.toBeNull();
    }
    expect(text(byTestId('debt-maturity-outstanding'))).toBe('2026年末存量债券 643.70亿元，共 120 只');
    expect(text(byTestId('debt-projects-summary'))).toContain('3 个项目');
    const projects = all('debt-project-row');
    expect(projects.length).toBe(2);
    expect(text(projects[0]!.querySelector('[data-testid="cell-idle"]'))).toBe('闲置 · 红色');
    expect(text(projects[0]!.querySelector('[data-testid="cell-progress"]'))).toBe('15.00%');
    expect(text(root())).toContain('按支出进度由低到高列示前 2 个项目');
  });

  it('switches to English', async () => {
    await open('/debt?region=390100&year=2026');
    await settle(() => all('debt-region-row').length === 3, 'the region table');
    TestBed.inject(I18n).setLang('en');
    await settle(() => text(byTestId('debt-as-of')) === 'end of 10/2026', 'English');
    expect(text(root().querySelector('.ant-page-header-heading-title'))).toBe('Government debt of 临江市, FY 2026');
    expect(text(byTestId('debt-card-balance-value'))).toBe('643.70 100M yuan');
    expect(text(all('debt-region-row')[2])).toContain('Total (with sub-regions)');
  });

  it('says when the region and year have no debt figure', async () => {
    api.positions.and.resolveTo(emptyPositions());
    await open('/debt?region=390100&year=2024');
    await settle(() => byTestId('debt-empty') !== null, 'the empty state');
    expect(text(byTestId('debt-empty'))).toContain('临江市 2024年度暂无政府债务数据');
    expect(byTestId('debt-chart-limits')).toBeNull();
  });

  it('shows the server’s message when the figures fail, and retries', async () => {
    api.positions.and.rejectWith(serverError('未找到行政区划 390199', 'region 390199 not found'));
    await open('/debt?region=390199&year=2026');
    await settle(() => byTestId('debt-error') !== null, 'the error');
    expect(text(byTestId('debt-error'))).toContain('未找到行政区划 390199');
    api.positions.and.resolveTo(samplePositions());
    (byTestId('debt-error')!.querySelector('button') as HTMLButtonElement).click();
    await settle(() => all('debt-region-row').length === 3, 'the figures after retrying');
  });

  it('keeps the page standing when only the projects fail', async () => {
    api.projects.and.rejectWith(serverError('服务暂不可用', 'service unavailable', 'INTERNAL_SERVER_ERROR', 500));
    await open('/debt?region=390100&year=2026');
    await settle(
      () => all('debt-region-row').length === 3 && text(root()).includes('专项债券项目数据加载失败'),
      'the region table and the projects error',
    );
    expect(byTestId('debt-project-table')).toBeNull();
    expect(byTestId('debt-chart-maturities')).not.toBeNull();
  });

  it('asks for a scope when none is selected', async () => {
    await open('/debt');
    await settle(() => byTestId('debt-idle') !== null, 'the idle state');
    expect(api.positions).not.toHaveBeenCalled();
  });
});
