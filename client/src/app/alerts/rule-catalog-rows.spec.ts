import { sampleRules } from '../testing/alert-fixtures';
import { buildRuleCatalogRows } from './rule-catalog-rows';

const city = { code: '390100', name: '临江市' };
const district = { code: '390102', name: '城东区' };

describe('buildRuleCatalogRows', () => {
  it('describes each rule in the interface language with its defaults and regional settings', () => {
    const [lag, over] = buildRuleCatalogRows(sampleRules(), [city], 'zh-CN');
    expect(lag).toEqual(
      jasmine.objectContaining({
        code: 'EXE-LAG',
        name: '支出进度滞后',
        otherName: 'Spending behind schedule',
        category: '预算执行',
        description: '单位支出进度低于序时进度',
        defaults: 'yellowPoints = 15 · redPoints = 30 · minBudget = 1,000,000',
        inForce: 'yellowPoints = 12 · redPoints = 30 · minBudget = 1,000,000',
        tunable: true,
      }),
    );
    expect(lag!.overrides).toEqual([
      jasmine.objectContaining({ regionCode: '390100', regionName: '临江市', params: 'yellowPoints = 12' }),
    ]);
    expect(over).toEqual(jasmine.objectContaining({ defaults: '无', inForce: '无', tunable: false }));
  });

  it('says whether the region sets the thresholds, inherits them or uses the defaults', () => {
    expect(buildRuleCatalogRows(sampleRules(), [city], 'zh-CN')[0]!.source).toEqual({
      key: 'own',
      label: '本区划设定',
      color: 'blue',
    });
    expect(buildRuleCatalogRows(sampleRules(), [district, city], 'zh-CN')[0]!.source).toEqual({
      key: 'inherited',
      label: '继承临江市',
      color: 'cyan',
    });
    expect(buildRuleCatalogRows(sampleRules(), [district, city], 'en')[1]!.source).toEqual({
      key: 'default',
      label: 'Default',
      color: 'default',
    });
  });
});
