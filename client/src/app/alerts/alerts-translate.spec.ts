import { ALERTS_EN_MESSAGES } from './alerts-messages.en';
import { ALERTS_ZH_CN_MESSAGES } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';

describe('alertsText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(alertsText('zh-CN', 'alerts.total', { total: '1,234' })).toBe('共 1,234 条');
    expect(alertsText('en', 'alerts.total', { total: '1,234' })).toBe('1,234 in total');
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(alertsText('en', 'alerts.scope', { region: '临江市' })).toBe('临江市 · FY {year}');
  });
});

describe('alerts dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [ALERTS_ZH_CN_MESSAGES, ALERTS_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(ALERTS_ZH_CN_MESSAGES)) {
      expect(parameters(ALERTS_EN_MESSAGES[key as keyof typeof ALERTS_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
