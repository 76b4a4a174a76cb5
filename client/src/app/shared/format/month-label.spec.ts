import { monthLabel } from './month-label';

describe('monthLabel', () => {
  it('labels a month in Chinese or English', () => {
    expect([monthLabel(3, 'zh-CN'), monthLabel(10, 'zh-CN'), monthLabel(3, 'en'), monthLabel(10, 'en'), monthLabel(12, 'en')]).toEqual([
      '3月',
      '10月',
      'Mar',
      'Oct',
      'Dec',
    ]);
  });
});
