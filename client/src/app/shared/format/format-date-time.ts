import type { Lang } from '../i18n/lang';
import { NO_VALUE } from './format-percent';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A moment (ISO timestamp from the server, UTC) in the reader's time zone, to the minute:
 * "2026年11月20日 14:05" or "20 Nov 2026 14:05". `timeZone` is for tests; null → "—".
 */
export function formatDateTime(isoTimestamp: string | null, lang: Lang, timeZone?: string): string {
  if (isoTimestamp === null) return NO_VALUE;
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) throw new Error(`not an ISO timestamp: "${isoTimestamp}"`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const [year, month, day, time] = [part('year'), Number(part('month')), Number(part('day')), `${part('hour')}:${part('minute')}`];
  return lang === 'zh-CN' ? `${year}年${month}月${day}日 ${time}` : `${day} ${MONTHS_EN[month - 1]} ${year} ${time}`;
}
