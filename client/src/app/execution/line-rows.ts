import { subtractDecimal } from '../shared/format/decimal';
import { formatCount } from '../shared/format/format-count';
import { NO_VALUE, formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import { amountCell, type AmountCell } from './amount-cell';
import type { AgencyLines, BudgetLineExecution } from './execution.types';

/** One budget line of an agency with its execution, every value ready to print. */
export interface LineRow {
  lineId: string;
  book: string;
  funcCode: string;
  funcName: string;
  econCode: string;
  econName: string;
  project: string;
  docNo: string;
  budget: AmountCell;
  executed: AmountCell;
  rate: string;
  /** Paid beyond the line's current amount (超指标支付). */
  overspent: boolean;
  payments: string;
}

/** The payments of the agency that name no budget line, as the table's last row. */
export interface UnattributedRow {
  executed: AmountCell;
  payments: string;
}

export function buildLineRow(line: BudgetLineExecution, lang: Lang): LineRow {
  return {
    lineId: line.lineId,
    book: translate(lang, `book.${line.book}`),
    funcCode: line.funcCode,
    funcName: (lang === 'en' ? line.funcNameEn : line.funcName) ?? '',
    econCode: line.econCode,
    econName: (lang === 'en' ? line.econNameEn : line.econName) ?? '',
    project: line.projectName ?? NO_VALUE,
    docNo: line.docNo,
    budget: amountCell(line.budget, lang),
    executed: amountCell(line.executed, lang),
    rate: formatPercent(line.executionRate),
    overspent: subtractDecimal(line.budget, line.executed).startsWith('-'),
    payments: formatCount(line.payments, lang),
  };
}

export function buildLineRows(lines: AgencyLines, lang: Lang): LineRow[] {
  return lines.lines.map((line) => buildLineRow(line, lang));
}

/** Null when every payment of the agency names one of its lines: no row to show then. */
export function buildUnattributedRow(lines: AgencyLines, lang: Lang): UnattributedRow | null {
  const { executed, payments } = lines.unattributed;
  if (payments === 0) return null;
  return { executed: amountCell(executed, lang), payments: formatCount(payments, lang) };
}
