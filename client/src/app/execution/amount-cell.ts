import { formatAmountParts, formatYuan } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';

/** An amount as a table cell: in 万元 (the unit is in the column header), exact yuan on hover. */
export interface AmountCell {
  /** "1,234.57" (万元). */
  text: string;
  /** "12,345,678.90" (元), for the cell's title. */
  exact: string;
  negative: boolean;
}

export function amountCell(amount: string, lang: Lang): AmountCell {
  const { value } = formatAmountParts(amount, lang, { unit: 'wan' });
  return { text: value, exact: formatYuan(amount), negative: value.startsWith('-') };
}
