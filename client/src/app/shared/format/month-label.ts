import type { Lang } from '../i18n/lang';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month of the year as an axis or table label: "3月" / "Mar". */
export function monthLabel(month: number, lang: Lang): string {
  return lang === 'zh-CN' ? `${month}月` : (MONTHS_EN[month - 1] ?? String(month));
}
