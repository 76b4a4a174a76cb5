import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { ALERTS_EN_MESSAGES } from './alerts-messages.en';
import { ALERTS_ZH_CN_MESSAGES, type AlertsMessageKey, type AlertsMessages } from './alerts-messages.zh-cn';

const DICTIONARIES: Record<Lang, AlertsMessages> = { 'zh-CN': ALERTS_ZH_CN_MESSAGES, en: ALERTS_EN_MESSAGES };

/** The 预警 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function alertsText(lang: Lang, key: AlertsMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
