import type { Lang } from '../i18n/lang';
import { formatAmountParts, formatYuan } from './format-amount';
import { NO_VALUE } from './format-percent';

/** An amount as a table cell: in 万元 (the unit is in the column header), exact yuan with its unit on hover. */
export interface AmountCell {
  text: string;
  exact: string;
}

export function amountCell(amount: string | null, lang: Lang): AmountCell {
  if (amount === null) return { text: NO_VALUE, exact: '' };
  return {
    text: formatAmountParts(amount, lang, { unit: 'wan' }).value,
    exact: `${formatYuan(amount)} ${lang === 'zh-CN' ? '元' : 'yuan'}`,
  };
}
