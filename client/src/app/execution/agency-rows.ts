import { fixedDecimalToString, toFixedDecimal } from '../shared/format/decimal';
import { formatCount } from '../shared/format/format-count';
import { NO_VALUE, formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { amountCell, type AmountCell } from './amount-cell';
import type { AgencyExecution } from './execution.types';

/** One line of the agency ranking, every value ready to print. */
export interface AgencyRow {
  agencyCode: string;
  agencyName: string;
  regionName: string;
  /** 1 for the agency furthest behind; null for agencies without a budget (not ranked). */
  rank: number | null;
  budget: AmountCell;
  executed: AmountCell;
  rate: string;
  /** Percentage points behind time progress ("43.8"; "-3.2" when ahead); "—" without a rate. */
  lag: string;
  behind: boolean;
  payments: string;
}

/** Points behind time progress with one decimal, from the API's lag ratio (timeProgress − rate). */
export function lagPoints(lag: string | null): string {
  return lag === null ? NO_VALUE : fixedDecimalToString(toFixedDecimal(lag, 1, -2));
}

/** The ranking as the API orders it (most behind first); ranks count only agencies with a rate. */
export function buildAgencyRows(agencies: readonly AgencyExecution[], lang: Lang): AgencyRow[] {
  let rank = 0;
  return agencies.map((agency) => {
    const lag = lagPoints(agency.lag);
    return {
      agencyCode: agency.agencyCode,
      agencyName: agency.agencyName,
      regionName: agency.regionName,
      rank: agency.executionRate === null ? null : ++rank,
      budget: amountCell(agency.budget, lang),
      executed: amountCell(agency.executed, lang),
      rate: formatPercent(agency.executionRate),
      lag,
      behind: lag !== NO_VALUE && !lag.startsWith('-') && lag !== '0.0',
      payments: formatCount(agency.payments, lang),
    };
  });
}
