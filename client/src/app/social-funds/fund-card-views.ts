import { formatAmount } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { levelText } from './social-funds-format';
import { monthLabel } from '../shared/format/month-label';
import { socialFundsText } from './social-funds-translate';
import type { Position, ReserveLevel, SocialFundOverview } from './social-funds.types';

/** Everything a fund card shows, formatted; `fundType` null is every fund together. */
export interface FundCardView {
  fundType: string | null;
  name: string;
  monthsPayable: string;
  level: ReserveLevel;
  levelText: string;
  balance: string;
  income: string;
  expenditure: string;
  surplus: string;
  deficit: boolean;
  /** "近12个月月均支出 …", or over fewer months when fewer are loaded. */
  average: string;
  /** "截至9月" when the fund's latest month is before the scope's; '' otherwise. */
  latest: string;
  selected: boolean;
}

/** The total (基金合计) first, then each fund in the API's order; amounts in 元/万元/亿元 by magnitude. */
export function buildFundCardViews(overview: SocialFundOverview, selected: string | null, lang: Lang): FundCardView[] {
  const card = (fundType: string | null, position: Position): FundCardView => {
    const average = position.averageExpenditure === null ? '' : formatAmount(position.averageExpenditure, lang);
    return {
      fundType,
      name: fundType ?? socialFundsText(lang, 'socialFunds.allFunds'),
      monthsPayable: position.monthsPayable ?? socialFundsText(lang, 'socialFunds.card.noMonths'),
      level: position.reserveLevel,
      levelText: levelText(position.reserveLevel, overview.lines, lang),
      balance: formatAmount(position.balance, lang),
      income: formatAmount(position.income, lang),
      expenditure: formatAmount(position.expenditure, lang),
      surplus: formatAmount(position.surplus, lang),
      deficit: position.deficit,
      average:
        average === ''
          ? ''
          : position.monthsAveraged === 12
            ? socialFundsText(lang, 'socialFunds.card.average', { amount: average })
            : socialFundsText(lang, 'socialFunds.card.averageShort', {
                amount: average,
                count: position.monthsAveraged,
              }),
      latest:
        position.latestMonth < overview.latestMonth
          ? socialFundsText(lang, 'socialFunds.card.latest', { month: monthLabel(position.latestMonth, lang) })
          : '',
      selected: fundType === selected,
    };
  };
  return [
    ...(overview.total ? [card(null, overview.total)] : []),
    ...overview.funds.map((fund) => card(fund.fundType, fund)),
  ];
}
