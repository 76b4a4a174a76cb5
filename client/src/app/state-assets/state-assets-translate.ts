import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { STATE_ASSETS_EN_MESSAGES } from './state-assets-messages.en';
import {
  STATE_ASSETS_ZH_CN_MESSAGES,
  type StateAssetsMessageKey,
  type StateAssetsMessages,
} from './state-assets-messages.zh-cn';

const DICTIONARIES: Record<Lang, StateAssetsMessages> = {
  'zh-CN': STATE_ASSETS_ZH_CN_MESSAGES,
  en: STATE_ASSETS_EN_MESSAGES,
};

/** The 国有资产 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function stateAssetsText(lang: Lang, key: StateAssetsMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
