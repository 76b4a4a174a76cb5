import { REVENUE_EN_MESSAGES } from './revenue-messages.en';
import { REVENUE_ZH_CN_MESSAGES } from './revenue-messages.zh-cn';
import { revenueText } from './revenue-translate';

describe('revenueText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(revenueText('zh-CN', 'revenue.title', { region: '临江市', year: 2026 })).toBe('临江市 · 2026年度收入执行');
    expect(revenueText('en', 'revenue.title', { region: 'Linjiang', year: 2026 })).toBe('Linjiang · Revenue, FY 2026');
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(revenueText('en', 'revenue.title', { region: '临江市' })).toBe('临江市 · Revenue, FY {year}');
  });
});

describe('revenue dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [REVENUE_ZH_CN_MESSAGES, REVENUE_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(REVENUE_ZH_CN_MESSAGES)) {
      expect(parameters(REVENUE_EN_MESSAGES[key as keyof typeof REVENUE_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
