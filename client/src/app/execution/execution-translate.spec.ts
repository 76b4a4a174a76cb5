import { EXECUTION_EN_MESSAGES } from './execution-messages.en';
import { EXECUTION_ZH_CN_MESSAGES } from './execution-messages.zh-cn';
import { executionText } from './execution-translate';

describe('executionText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(executionText('zh-CN', 'execution.scope', { region: '临江市', year: 2026 })).toBe('临江市 · 2026年度');
    expect(executionText('en', 'execution.scope', { region: 'Linjiang', year: 2026 })).toBe('Linjiang · FY 2026');
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(executionText('en', 'execution.scope', { region: '临江市' })).toBe('临江市 · FY {year}');
  });
});

describe('execution dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [EXECUTION_ZH_CN_MESSAGES, EXECUTION_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(EXECUTION_ZH_CN_MESSAGES)) {
      expect(parameters(EXECUTION_EN_MESSAGES[key as keyof typeof EXECUTION_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
