import { DEBT_EN_MESSAGES } from './debt-messages.en';
import { DEBT_ZH_CN_MESSAGES } from './debt-messages.zh-cn';
import { debtText } from './debt-translate';

describe('debtText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(debtText('zh-CN', 'debt.title', { region: '临江市', year: 2026 })).toBe('临江市 2026年度政府债务');
    expect(debtText('en', 'debt.title', { region: 'Linjiang', year: 2026 })).toBe(
      'Government debt of Linjiang, FY 2026',
    );
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(debtText('en', 'debt.title', { region: '临江市' })).toBe('Government debt of 临江市, FY {year}');
  });
});

describe('debt dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [DEBT_ZH_CN_MESSAGES, DEBT_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(DEBT_ZH_CN_MESSAGES)) {
      expect(parameters(DEBT_EN_MESSAGES[key as keyof typeof DEBT_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
