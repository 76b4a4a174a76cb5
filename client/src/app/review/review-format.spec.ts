import { changeText, chartUnit, monthPeriodText, monthsText, soePeriodText } from './review-format';

describe('changeText', () => {
  it('says growth in words, one decimal', () => {
    expect(changeText('0.130000', 'zh-CN')).toBe('增长13.0%');
    expect(changeText('-0.2', 'zh-CN')).toBe('减少20.0%');
    expect(changeText('0.215054', 'en')).toBe('up 21.5%');
    expect(changeText('-0.111111', 'en')).toBe('down 11.1%');
  });

  it('says unchanged when it rounds to zero and has no figure without last year', () => {
    expect(changeText('0.000049', 'zh-CN')).toBe('持平');
    expect(changeText('-0.000049', 'en')).toBe('unchanged');
    expect(changeText('0.0005', 'zh-CN')).toBe('增长0.1%');
    expect(changeText(null, 'zh-CN')).toBe('上年没有可比数');
  });
});

describe('monthsText', () => {
  it('names January through a month', () => {
    expect(monthsText(6, 'zh-CN')).toBe('1–6月');
    expect(monthsText(11, 'en')).toBe('Jan–Nov');
    expect(monthsText(1, 'zh-CN')).toBe('1月');
    expect(monthsText(1, 'en')).toBe('January');
  });
});

describe('soePeriodText', () => {
  it('names annual and quarterly reports', () => {
    expect(soePeriodText('2025', 'zh-CN')).toBe('2025年度财务数据');
    expect(soePeriodText('2026-Q1', 'zh-CN')).toBe('2026年第1季度财务数据');
    expect(soePeriodText('2026-Q3', 'en')).toBe('Q3 2026 accounts');
  });
});

describe('chartUnit', () => {
  it('picks the unit of the largest amount', () => {
    expect(chartUnit(['1243000.00', '99.00'])).toBe('wan');
    expect(chartUnit(['-250000000.00', '1.00'])).toBe('yi');
    expect(chartUnit(['9999.99'])).toBe('yuan');
    expect(chartUnit([])).toBe('yuan');
  });
});

describe('monthPeriodText', () => {
  it('names a month', () => {
    expect(monthPeriodText('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(monthPeriodText('2026-10', 'en')).toBe('Oct 2026');
  });
});
