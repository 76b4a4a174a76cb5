import { sampleComposition } from './testing/revenue-fixtures';
import { buildCompositionFacts } from './composition-facts';

describe('buildCompositionFacts', () => {
  it('gives tax, non-tax, their share against last year and the growth', () => {
    expect(buildCompositionFacts(sampleComposition(), 'zh-CN')).toEqual({
      general: '98.00亿元',
      tax: '78.40亿元',
      nonTax: '19.60亿元',
      share: '20.0%',
      lastYearShare: '上年同期 19.4%',
      growth: '+5.4%',
      growthDown: false,
      flags: [],
    });
  });

  it('raises the REV-NONTAX flags on the lines in force', () => {
    const facts = buildCompositionFacts(sampleComposition({ shareAbove: true, shareRisen: true }), 'zh-CN');
    expect(facts.flags).toEqual([
      { level: 'yellow', text: '非税占比高于30%预警线' },
      { level: 'yellow', text: '非税占比比上年同期上升10个百分点以上' },
    ]);
  });

  it('raises REV-DECLINE yellow or red, and says nothing of a year not loaded', () => {
    expect(buildCompositionFacts(sampleComposition({ decline: 'yellow', growth: '-0.022833' }), 'en').flags).toEqual([
      { level: 'yellow', text: 'Revenue below last year' },
    ]);
    const red = buildCompositionFacts(
      sampleComposition({ decline: 'red', growth: '-0.150000', lastYearShare: null }),
      'en',
    );
    expect(red.flags).toEqual([{ level: 'red', text: 'Revenue down 10% or more on last year' }]);
    expect([red.growth, red.growthDown, red.lastYearShare]).toEqual(['-15.0%', true, '']);
  });
});
