import { REVIEW_EN_MESSAGES } from './review-messages.en';
import { REVIEW_ZH_CN_MESSAGES } from './review-messages.zh-cn';
import { reviewText } from './review-translate';

describe('reviewText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(reviewText('zh-CN', 'review.title', { region: '临江市', year: 2026 })).toBe(
      '临江市 · 2026年预算会前审查参阅材料',
    );
    expect(reviewText('en', 'review.title', { region: 'Linjiang', year: 2026 })).toBe(
      'Linjiang · Pre-session budget review, FY 2026',
    );
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(reviewText('en', 'review.title', { region: '临江市' })).toBe(
      '临江市 · Pre-session budget review, FY {year}',
    );
  });
});

describe('review dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [REVIEW_ZH_CN_MESSAGES, REVIEW_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(REVIEW_ZH_CN_MESSAGES)) {
      expect(parameters(REVIEW_EN_MESSAGES[key as keyof typeof REVIEW_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
