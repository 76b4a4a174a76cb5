import { EN_MESSAGES } from './en-messages';
import { ZH_CN_MESSAGES } from './zh-cn-messages';

describe('message dictionaries', () => {
  it('have identical key sets in Chinese and English', () => {
    expect(Object.keys(EN_MESSAGES).sort()).toEqual(Object.keys(ZH_CN_MESSAGES).sort());
  });

  it('have no empty text', () => {
    for (const dictionary of [ZH_CN_MESSAGES, EN_MESSAGES]) {
      const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(ZH_CN_MESSAGES)) {
      expect(parameters(EN_MESSAGES[key as keyof typeof ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});
