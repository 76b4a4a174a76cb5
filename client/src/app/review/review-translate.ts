import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { REVIEW_EN_MESSAGES } from './review-messages.en';
import { REVIEW_ZH_CN_MESSAGES, type ReviewMessageKey, type ReviewMessages } from './review-messages.zh-cn';

const DICTIONARIES: Record<Lang, ReviewMessages> = { 'zh-CN': REVIEW_ZH_CN_MESSAGES, en: REVIEW_EN_MESSAGES };

/** The 会前审查 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function reviewText(lang: Lang, key: ReviewMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
