import type { Lang } from '../i18n/lang';
import { NO_VALUE } from './format-percent';

/** A row or file count with the language's digit grouping ("1,234,567"); null → "—". */
export function formatCount(count: number | null, lang: Lang): string {
  if (count === null) return NO_VALUE;
  return count.toLocaleString(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
}
