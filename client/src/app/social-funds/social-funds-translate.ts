import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { SOCIAL_FUNDS_EN_MESSAGES } from './social-funds-messages.en';
import {
  SOCIAL_FUNDS_ZH_CN_MESSAGES,
  type SocialFundsMessageKey,
  type SocialFundsMessages,
} from './social-funds-messages.zh-cn';

const DICTIONARIES: Record<Lang, SocialFundsMessages> = {
  'zh-CN': SOCIAL_FUNDS_ZH_CN_MESSAGES,
  en: SOCIAL_FUNDS_EN_MESSAGES,
};

/** The 社保基金 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function socialFundsText(lang: Lang, key: SocialFundsMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
