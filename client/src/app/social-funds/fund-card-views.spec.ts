import { sampleOverview } from './testing/social-funds-fixtures';
import { buildFundCardViews } from './fund-card-views';

describe('buildFundCardViews', () => {
  it('puts every fund together first, then each fund', () => {
    const cards = buildFundCardViews(sampleOverview(), null, 'zh-CN');
    expect(cards.map((c) => [c.name, c.selected])).toEqual([
      ['全部险种合计', true],
      ['企业职工基本养老保险', false],
      ['机关事业单位基本养老保险', false],
      ['失业保险', false],
    ]);
    expect(cards[0]).toEqual(
      jasmine.objectContaining({
        monthsPayable: '18.81',
        level: 'normal',
        levelText: '正常',
        balance: '225.02亿元',
        income: '128.90亿元',
        surplus: '9.30亿元',
        deficit: false,
      }),
    );
  });

  it('shows a fund in deficit under the red line', () => {
    const card = buildFundCardViews(sampleOverview(), '机关事业单位基本养老保险', 'zh-CN')[2]!;
    expect([
      card.monthsPayable,
      card.level,
      card.levelText,
      card.surplus,
      card.deficit,
      card.selected,
      card.average,
    ]).toEqual(['5.00', 'red', '低于6个月', '-1.00亿元', true, true, '近12个月月均支出 9,000.00万元']);
  });

  it('says over how many months a short history is averaged, and when the fund has not reported the latest month', () => {
    const card = buildFundCardViews(sampleOverview(), null, 'en')[3]!;
    expect([card.levelText, card.average, card.latest]).toEqual([
      'Under 9 months',
      'Average monthly spending 650.00 10k yuan (7 months)',
      'to Sep',
    ]);
  });

  it('has no card without any fund, and no months without spending', () => {
    expect(buildFundCardViews(sampleOverview({ funds: [], total: null }), null, 'zh-CN')).toEqual([]);
    const overview = sampleOverview();
    overview.funds = [
      { ...overview.funds[0]!, monthsPayable: null, reserveLevel: 'none', averageExpenditure: null, monthsAveraged: 0 },
    ];
    const card = buildFundCardViews(overview, null, 'zh-CN')[1]!;
    expect([card.monthsPayable, card.levelText, card.average]).toEqual(['无支出', '无支出', '']);
  });
});
