import { ADMIN_EN_MESSAGES } from './admin-messages.en';
import { ADMIN_ZH_CN_MESSAGES } from './admin-messages.zh-cn';
import { adminText } from './admin-text';

describe('adminText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(adminText('zh-CN', 'admin.users.deactivated', { user: 'e2e.newuser' })).toBe('已停用 e2e.newuser');
    expect(adminText('en', 'admin.audit.total', { total: '1,234' })).toBe('1,234 in total');
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(adminText('en', 'admin.users.resetFailed', { user: 'li' })).toBe(
      'Could not reset the password of li: {message}',
    );
  });
});

describe('admin dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(ADMIN_EN_MESSAGES).sort()).toEqual(Object.keys(ADMIN_ZH_CN_MESSAGES).sort());
  });

  it('have no empty text', () => {
    for (const dictionary of [ADMIN_ZH_CN_MESSAGES, ADMIN_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(ADMIN_ZH_CN_MESSAGES)) {
      expect(parameters(ADMIN_EN_MESSAGES[key as keyof typeof ADMIN_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
