import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { AUTH_EN_MESSAGES } from './auth-messages.en';
import { AUTH_ZH_CN_MESSAGES, type AuthMessageKey, type AuthMessages } from './auth-messages.zh-cn';

const DICTIONARIES: Record<Lang, AuthMessages> = { 'zh-CN': AUTH_ZH_CN_MESSAGES, en: AUTH_EN_MESSAGES };

/** The sign-in pages' text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function authText(lang: Lang, key: AuthMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
