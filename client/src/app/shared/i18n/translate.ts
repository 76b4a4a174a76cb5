import { EN_MESSAGES } from './en-messages';
import type { Lang } from './lang';
import { ZH_CN_MESSAGES, type MessageKey, type Messages } from './zh-cn-messages';

const DICTIONARIES: Record<Lang, Messages> = { 'zh-CN': ZH_CN_MESSAGES, en: EN_MESSAGES };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The text of `key` in `lang`, with each `{name}` replaced by its parameter (unknown ones kept). */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
