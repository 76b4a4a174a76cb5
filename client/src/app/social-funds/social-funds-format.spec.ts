import { convertToParamMap } from '@angular/router';
import { levelText, monthsText, readFund, throughText } from './social-funds-format';
import { monthLabel } from '../shared/format/month-label';

const LINES = { yellowBelow: '9', redBelow: '6' };

describe('monthLabel and throughText', () => {
  it('name the month in either language, or say there is none', () => {
    expect([monthLabel(10, 'zh-CN'), monthLabel(10, 'en')]).toEqual(['10月', 'Oct']);
    expect([throughText(2026, 10, 'zh-CN'), throughText(2026, 10, 'en'), throughText(2026, 0, 'en')]).toEqual([
      '2026年10月',
      'Oct 2026',
      'No data yet',
    ]);
  });
});

describe('monthsText and levelText', () => {
  it('show the months payable and the line they fall under', () => {
    expect([monthsText('7.99', 'zh-CN'), monthsText('7.99', 'en'), monthsText(null, 'zh-CN')]).toEqual([
      '7.99 个月',
      '7.99 months',
      '—',
    ]);
    expect([
      levelText('yellow', LINES, 'zh-CN'),
      levelText('red', LINES, 'en'),
      levelText('normal', LINES, 'zh-CN'),
      levelText('none', LINES, 'en'),
    ]).toEqual(['低于9个月', 'Under 6 months', '正常', 'No spending']);
  });

  it('name a tuned line', () => {
    expect(levelText('red', { yellowBelow: '12', redBelow: '5.5' }, 'zh-CN')).toBe('低于5.5个月');
  });
});

describe('readFund', () => {
  it('reads a fund type and refuses what the API would', () => {
    expect(readFund(convertToParamMap({ fund: '失业保险' }))).toBe('失业保险');
    expect(readFund(convertToParamMap({}))).toBeNull();
    expect(readFund(convertToParamMap({ fund: '' }))).toBeNull();
    expect(readFund(convertToParamMap({ fund: 'a\u0000b' }))).toBeNull();
    expect(readFund(convertToParamMap({ fund: '保'.repeat(101) }))).toBeNull();
  });
});
