import type { ParamMap } from '@angular/router';
import { NO_VALUE } from '../shared/format/format-percent';
import { monthLabel } from '../shared/format/month-label';
import type { Lang } from '../shared/i18n/lang';
import { socialFundsText } from './social-funds-translate';
import type { ReserveLevel, ReserveLines } from './social-funds.types';

/** The last month loaded: "2026年10月" / "Oct 2026"; "尚无数据" for month 0. */
export function throughText(fiscalYear: number, month: number, lang: Lang): string {
  if (month === 0) return socialFundsText(lang, 'socialFunds.throughNone');
  return socialFundsText(lang, 'socialFunds.throughValue', { year: fiscalYear, month: monthLabel(month, lang) });
}

/** Months payable as text: "7.99 个月" / "7.99 months"; "—" without spending. */
export function monthsText(monthsPayable: string | null, lang: Lang): string {
  return monthsPayable === null
    ? NO_VALUE
    : socialFundsText(lang, 'socialFunds.card.months', { months: monthsPayable });
}

/** What a reserve level says against the SIF-MONTHS lines in force: "正常", "低于9个月"… */
export function levelText(level: ReserveLevel, lines: ReserveLines, lang: Lang): string {
  if (level === 'yellow') return socialFundsText(lang, 'socialFunds.level.yellow', { months: lines.yellowBelow });
  if (level === 'red') return socialFundsText(lang, 'socialFunds.level.red', { months: lines.redBelow });
  return socialFundsText(lang, level === 'normal' ? 'socialFunds.level.normal' : 'socialFunds.level.none');
}

/** The query parameter of the fund shown below the cards (`?fund=失业保险`); absent for every fund. */
export const FUND_PARAM = 'fund';

/** The fund a URL names, as the API would take it (1–100 characters, no control character); null for all funds. */
export function readFund(params: ParamMap): string | null {
  const fund = params.get(FUND_PARAM);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return fund !== null && fund.length > 0 && fund.length <= 100 && !/[\u0000-\u001F\u007F]/.test(fund) ? fund : null;
}
