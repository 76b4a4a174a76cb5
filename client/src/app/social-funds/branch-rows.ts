import type { Lang } from '../shared/i18n/lang';
import { levelText } from './social-funds-format';
import { monthLabel } from '../shared/format/month-label';
import { amountCell, type AmountCell } from '../shared/format/amount-cell';
import { socialFundsText } from './social-funds-translate';
import type { ReserveLevel, SocialFundRegions } from './social-funds.types';

/** A row of the sub-region table, formatted. */
export interface BranchRow {
  regionCode: string;
  name: string;
  income: AmountCell;
  expenditure: AmountCell;
  surplus: AmountCell;
  deficit: boolean;
  balance: AmountCell;
  average: AmountCell;
  monthsPayable: string;
  level: ReserveLevel;
  levelText: string;
  latest: string;
}

/** Each branch at its own latest month, judged on its own region's lines (levelText names the scope's). */
export function buildBranchRows(regions: SocialFundRegions, lang: Lang): BranchRow[] {
  return regions.regions.map((region) => ({
    regionCode: region.regionCode,
    name:
      region.branch === 'self'
        ? socialFundsText(lang, 'socialFunds.regions.self', { region: region.regionName })
        : region.regionName,
    income: amountCell(region.income, lang),
    expenditure: amountCell(region.expenditure, lang),
    surplus: amountCell(region.surplus, lang),
    deficit: region.deficit,
    balance: amountCell(region.balance, lang),
    average: amountCell(region.averageExpenditure, lang),
    monthsPayable: region.monthsPayable ?? '—',
    level: region.reserveLevel,
    levelText: levelText(region.reserveLevel, regions.lines, lang),
    latest: monthLabel(region.latestMonth, lang),
  }));
}
