import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { ADMIN_EN_MESSAGES } from './admin-messages.en';
import { ADMIN_ZH_CN_MESSAGES, type AdminMessageKey, type AdminMessages } from './admin-messages.zh-cn';

const DICTIONARIES: Record<Lang, AdminMessages> = { 'zh-CN': ADMIN_ZH_CN_MESSAGES, en: ADMIN_EN_MESSAGES };

/** The 系统管理 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function adminText(lang: Lang, key: AdminMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
