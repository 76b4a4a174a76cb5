import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { DEBT_EN_MESSAGES } from './debt-messages.en';
import { DEBT_ZH_CN_MESSAGES, type DebtMessageKey, type DebtMessages } from './debt-messages.zh-cn';

const DICTIONARIES: Record<Lang, DebtMessages> = { 'zh-CN': DEBT_ZH_CN_MESSAGES, en: DEBT_EN_MESSAGES };

/** The 政府债务 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function debtText(lang: Lang, key: DebtMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
