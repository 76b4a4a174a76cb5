import { sampleRegions } from './testing/social-funds-fixtures';
import { buildBranchRows } from './branch-rows';

describe('buildBranchRows', () => {
  it('formats each branch in 万元 with its months payable and level', () => {
    const [self, district, county] = buildBranchRows(sampleRegions(), 'zh-CN');
    expect([
      self!.name,
      self!.income.text,
      self!.balance.exact,
      self!.monthsPayable,
      self!.levelText,
      self!.latest,
    ]).toEqual(['临江市本级', '1,200,000.00', '22,000,000,000.00 元', '20.00', '正常', '10月']);
    expect([
      district!.surplus.text,
      district!.deficit,
      district!.monthsPayable,
      district!.level,
      district!.levelText,
    ]).toEqual(['0.00', true, '8.99', 'yellow', '低于9个月']);
    expect([county!.level, county!.levelText, county!.latest]).toEqual(['red', '低于6个月', '9月']);
  });

  it('names the own level in English', () => {
    expect(buildBranchRows(sampleRegions(), 'en')[0]!.name).toBe('临江市 (own level)');
  });
});
