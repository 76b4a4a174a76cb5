import type { Lang } from '../i18n/lang';
import { NO_VALUE } from './format-percent';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date (YYYY-MM-DD, no time zone involved) → "2026年11月20日" or "20 Nov 2026".
 * Read from the text, never through Date, so no time zone can shift the day. Null → "—".
 */
export function formatDate(isoDate: string | null, lang: Lang): string {
  if (isoDate === null) return NO_VALUE;
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: "${isoDate}"`);
  const [, year = '', month = '', day = ''] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  return lang === 'zh-CN' ? `${year}年${monthNumber}月${dayNumber}日` : `${dayNumber} ${MONTHS_EN[monthNumber - 1]} ${year}`;
}
