import type { Lang } from '../shared/i18n/lang';
import type { MessageParams } from '../shared/i18n/translate';
import { EXECUTION_EN_MESSAGES } from './execution-messages.en';
import {
  EXECUTION_ZH_CN_MESSAGES,
  type ExecutionMessageKey,
  type ExecutionMessages,
} from './execution-messages.zh-cn';

const DICTIONARIES: Record<Lang, ExecutionMessages> = { 'zh-CN': EXECUTION_ZH_CN_MESSAGES, en: EXECUTION_EN_MESSAGES };

/** The 执行监控 page's text of `key` in `lang`, each `{name}` replaced as shared/i18n's translate does. */
export function executionText(lang: Lang, key: ExecutionMessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
