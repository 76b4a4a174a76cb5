import { buildCrumbs } from './execution-crumbs';
import { REGION_VIEW, agencyView, paymentsView } from './execution-view';

const names = { region: '临江市', agency: '青岚区乡村振兴服务中心' };

describe('buildCrumbs', () => {
  it('shows the region alone, not a link, at the region level', () => {
    expect(buildCrumbs(REGION_VIEW, names, 'zh-CN')).toEqual([
      { label: '临江市', target: null, testId: 'execution-crumb-region' },
    ]);
  });

  it('leads back to the region from an agency', () => {
    expect(buildCrumbs(agencyView('390112901'), names, 'zh-CN')).toEqual([
      { label: '临江市', target: REGION_VIEW, testId: 'execution-crumb-region' },
      { label: '青岚区乡村振兴服务中心', target: null, testId: 'execution-crumb-agency' },
    ]);
  });

  it('leads back to the region and the agency from its payments, naming the line', () => {
    const crumbs = buildCrumbs(paymentsView('390112901', 'ZB1'), names, 'zh-CN');
    expect(crumbs.map((crumb) => crumb.target)).toEqual([REGION_VIEW, agencyView('390112901'), null]);
    expect(crumbs.map((crumb) => crumb.label)).toEqual(['临江市', '青岚区乡村振兴服务中心', 'ZB1']);
  });

  it('names all payments and those naming no line in the language', () => {
    expect(buildCrumbs(paymentsView('A1', null), names, 'en')[2]!.label).toBe('All payments');
    expect(buildCrumbs(paymentsView('A1', ''), names, 'zh-CN')[2]!.label).toBe('未关联预算指标的支付');
  });

  it('uses the agency code until its name is known', () => {
    expect(buildCrumbs(agencyView('A1'), { region: '临江市', agency: null }, 'zh-CN')[1]!.label).toBe('A1');
  });
});
