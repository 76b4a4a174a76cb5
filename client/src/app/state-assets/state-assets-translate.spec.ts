import { STATE_ASSETS_EN_MESSAGES } from './state-assets-messages.en';
import { STATE_ASSETS_ZH_CN_MESSAGES } from './state-assets-messages.zh-cn';
import { stateAssetsText } from './state-assets-translate';
import { tooltipHtml } from './chart-tooltip';

describe('stateAssetsText', () => {
  it('gives the text in either language with its parameters filled in', () => {
    expect(stateAssetsText('zh-CN', 'stateAssets.title', { region: '临江市', year: 2026 })).toBe(
      '临江市 2026年度国有资产',
    );
    expect(stateAssetsText('en', 'stateAssets.title', { region: 'Linjiang', year: 2026 })).toBe(
      'State assets of Linjiang, FY 2026',
    );
  });

  it('keeps a placeholder whose parameter is missing', () => {
    expect(stateAssetsText('en', 'stateAssets.title', { region: '临江市' })).toBe('State assets of 临江市, FY {year}');
  });
});

describe('state assets dictionaries', () => {
  it('have no empty text', () => {
    for (const dictionary of [STATE_ASSETS_ZH_CN_MESSAGES, STATE_ASSETS_EN_MESSAGES]) {
      expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(STATE_ASSETS_ZH_CN_MESSAGES)) {
      expect(parameters(STATE_ASSETS_EN_MESSAGES[key as keyof typeof STATE_ASSETS_ZH_CN_MESSAGES]))
        .withContext(key)
        .toEqual(parameters(text));
    }
  });
});

describe('tooltipHtml', () => {
  it('escapes every piece', () => {
    expect(tooltipHtml('<a>', ['x & y'])).toBe('<strong>&lt;a&gt;</strong><br/>x &amp; y');
  });
});
