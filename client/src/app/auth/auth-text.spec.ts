import { AUTH_EN_MESSAGES } from './auth-messages.en';
import { AUTH_ZH_CN_MESSAGES } from './auth-messages.zh-cn';
import { authText } from './auth-text';

describe('authText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(authText('zh-CN', 'password.problem.tooShort', { length: 10 })).toBe('新密码至少需要 10 个字符');
    expect(authText('en', 'password.problem.tooShort', { length: 10 })).toBe(
      'The new password needs at least 10 characters',
    );
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(authText('en', 'password.problem.tooShort', {})).toContain('{length}');
  });
});

describe('sign-in dictionaries', () => {
  it('have identical key sets in Chinese and English', () => {
    expect(Object.keys(AUTH_EN_MESSAGES).sort()).toEqual(Object.keys(AUTH_ZH_CN_MESSAGES).sort());
  });

  it('have no empty text', () => {
    for (const dictionary of [AUTH_ZH_CN_MESSAGES, AUTH_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(AUTH_ZH_CN_MESSAGES)) {
      expect(parameters(AUTH_EN_MESSAGES[key as keyof typeof AUTH_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
