import { sampleRegions } from './testing/revenue-fixtures';
import { buildRegionRows } from './region-rows';

describe('buildRegionRows', () => {
  it('formats each branch in 万元 with its pace against time', () => {
    const [self, district] = buildRegionRows(sampleRegions(), 'zh-CN');
    expect(self).toEqual({
      regionCode: '390100',
      name: '临江市本级',
      budget: { text: '600,000.00', exact: '6,000,000,000.00 元' },
      actual: { text: '500,000.00', exact: '5,000,000,000.00 元' },
      rate: '83.3%',
      gap: '0.0',
      behindPace: false,
      lastYear: { text: '470,000.00', exact: '4,700,000,000.00 元' },
      growth: '+6.4%',
      growthDown: false,
      latest: '10月',
      lagging: false,
    });
    expect(district!.gap).toBe('-1.7');
  });

  it('marks a branch behind the line and one that has not reported the latest month', () => {
    const county = buildRegionRows(sampleRegions(), 'en')[2]!;
    expect([county.gap, county.behindPace, county.growth, county.latest, county.lagging]).toEqual([
      '13.3',
      true,
      '0.0%',
      'Reported to Sep only',
      true,
    ]);
  });
});
