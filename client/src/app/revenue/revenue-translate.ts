import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { REVENUE_EN_MESSAGES } from './revenue-messages.en';
import { REVENUE_ZH_CN_MESSAGES, type RevenueMessageKey, type RevenueMessages } from './revenue-messages.zh-cn';

const DICTIONARIES: Record<Lang, RevenueMessages> = { 'zh-CN': REVENUE_ZH_CN_MESSAGES, en: REVENUE_EN_MESSAGES };

/** The 收入 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function revenueText(lang: Lang, key: RevenueMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
