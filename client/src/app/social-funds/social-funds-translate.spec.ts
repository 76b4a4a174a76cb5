import { SOCIAL_FUNDS_EN_MESSAGES } from './social-funds-messages.en';
import { SOCIAL_FUNDS_ZH_CN_MESSAGES } from './social-funds-messages.zh-cn';
import { socialFundsText } from './social-funds-translate';

describe('socialFundsText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(socialFundsText('zh-CN', 'socialFunds.title', { region: '临江市', year: 2026 })).toBe(
      '临江市 · 2026年度社会保险基金',
    );
    expect(socialFundsText('en', 'socialFunds.title', { region: 'Linjiang', year: 2026 })).toBe(
      'Linjiang · Social insurance funds, FY 2026',
    );
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(socialFundsText('en', 'socialFunds.card.months', {})).toBe('{months} months');
  });
});

describe('social fund dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [SOCIAL_FUNDS_ZH_CN_MESSAGES, SOCIAL_FUNDS_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(SOCIAL_FUNDS_ZH_CN_MESSAGES)) {
      expect(parameters(SOCIAL_FUNDS_EN_MESSAGES[key as keyof typeof SOCIAL_FUNDS_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
