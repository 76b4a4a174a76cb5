import { translate } from './translate';

describe('translate', () => {
  it('looks the key up in the language asked for', () => {
    expect(translate('zh-CN', 'book.GPB')).toBe('一般公共预算');
    expect(translate('en', 'book.GPB')).toBe('General public budget');
  });

  it('replaces named parameters', () => {
    expect(translate('zh-CN', 'overview.title', { region: '临江市', year: 2026 })).toBe('临江市 2026年度预算执行总览');
    expect(translate('en', 'shell.yearOption', { year: 2025 })).toBe('FY 2025');
  });

  it('keeps a placeholder whose parameter is missing, so the gap is visible', () => {
    expect(translate('en', 'overview.title', { region: 'Linjiang' })).toBe('Linjiang · FY {year} budget execution');
  });
});
