import { formatAmountParts, formatYuan } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { RATIO_KEYS } from './debt-cards';
import { debtText } from './debt-translate';
import type { DebtPositionRow, DebtPositions, RatioKey } from './debt.types';
import { percentText } from '../shared/format/percent-text';
import type { SeverityLevel } from '../shared/charts/severity-style';

/** An amount in 万元 (the unit is in the column header), exact yuan on hover; "—" for none. */
export interface AmountCell {
  text: string;
  exact: string;
}

export interface RatioCell {
  text: string;
  severity: SeverityLevel | null;
}

export interface DebtRegionRow {
  key: string;
  regionName: string;
  /** "2026年10月末"; "—" for a region with a limit only. */
  period: string;
  generalLimit: AmountCell;
  generalBalance: AmountCell & { overLimit: boolean };
  specialLimit: AmountCell;
  specialBalance: AmountCell & { overLimit: boolean };
  capacity: AmountCell & { source: string };
  ratios: Record<RatioKey, RatioCell>;
  total: boolean;
}

const NONE = '—';

function amountCell(amount: string | null, lang: Lang): AmountCell {
  return amount === null
    ? { text: NONE, exact: '' }
    : {
        text: formatAmountParts(amount, lang, { unit: 'wan' }).value,
        exact: `${formatYuan(amount)} ${lang === 'zh-CN' ? '元' : 'yuan'}`,
      };
}

/** '2026-10' → "2026年10月末" / "end of 10/2026"; null → "—". */
export function monthEnd(period: string | null, lang: Lang): string {
  if (period === null) return NONE;
  return debtText(lang, 'debt.monthEnd', { year: period.slice(0, 4), month: Number(period.slice(5, 7)) });
}

function row(source: DebtPositionRow, total: boolean, lang: Lang): DebtRegionRow {
  return {
    key: total ? 'total' : source.regionCode,
    regionName: total ? debtText(lang, 'debt.total') : source.regionName,
    period: monthEnd(source.period, lang),
    generalLimit: amountCell(source.general.limit, lang),
    generalBalance: { ...amountCell(source.general.balance, lang), overLimit: source.general.overLimit },
    specialLimit: amountCell(source.special.limit, lang),
    specialBalance: { ...amountCell(source.special.balance, lang), overLimit: source.special.overLimit },
    capacity: {
      ...amountCell(source.fiscalCapacity, lang),
      source: source.fiscalCapacitySource ? debtText(lang, `debt.capacitySource.${source.fiscalCapacitySource}`) : '',
    },
    ratios: Object.fromEntries(
      RATIO_KEYS.map((key) => [key, { text: percentText(source[key].value, 'down'), severity: source[key].severity }]),
    ) as Record<RatioKey, RatioCell>,
    total,
  };
}

/** The table: each region of the subtree, then the subtree as a whole when it has more than one region. */
export function buildDebtRegionRows(positions: DebtPositions, lang: Lang): DebtRegionRow[] {
  const rows = positions.regions.map((region) => row(region, false, lang));
  return positions.regions.length > 1 ? [...rows, row(positions.total, true, lang)] : rows;
}
