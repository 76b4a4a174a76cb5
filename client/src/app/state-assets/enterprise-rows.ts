import { percentText } from '../shared/format/percent-text';
import type { SeverityLevel } from '../shared/charts/severity-style';
import { formatAmountParts, formatYuan } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { stateAssetsText } from './state-assets-translate';
import type { Enterprise, StateAssets } from './state-assets.types';

/** An amount in 万元 (the unit is in the column header), exact yuan on hover; "—" for none. */
export interface AmountCell {
  text: string;
  exact: string;
  negative: boolean;
}

export interface IndicatorCell {
  text: string;
  severity: SeverityLevel | null;
}

export interface EnterpriseRow {
  code: string;
  name: string;
  /** "江城区 · 区财政局". */
  owner: string;
  industryClass: string;
  period: string;
  assets: AmountCell;
  liabilities: AmountCell;
  leverage: IndicatorCell;
  annualPeriod: string;
  netProfit: AmountCell;
  /** "连续亏损2年" once SOE-LOSS counts the run, else null. */
  lossRun: string | null;
  preservation: IndicatorCell;
  due: AmountCell;
  paid: AmountCell;
  unpaid: IndicatorCell;
}

const NONE = '—';

function amountCell(amount: string | null, lang: Lang): AmountCell {
  if (amount === null) return { text: NONE, exact: '', negative: false };
  const { value } = formatAmountParts(amount, lang, { unit: 'wan' });
  return {
    text: value,
    exact: `${formatYuan(amount)} ${lang === 'zh-CN' ? '元' : 'yuan'}`,
    negative: value.startsWith('-'),
  };
}

function row(e: Enterprise, lang: Lang): EnterpriseRow {
  return {
    code: e.enterpriseCode,
    name: e.enterpriseName,
    owner: `${e.regionName} · ${e.supervisor}`,
    industryClass: stateAssetsText(lang, `stateAssets.class.${e.industryClass}`),
    period: e.period,
    assets: amountCell(e.totalAssets, lang),
    liabilities: amountCell(e.totalLiabilities, lang),
    leverage: { text: percentText(e.leverage.value, 'down'), severity: e.leverage.severity },
    annualPeriod: e.annualPeriod ?? NONE,
    netProfit: amountCell(e.netProfit, lang),
    lossRun: e.lossSeverity ? stateAssetsText(lang, 'stateAssets.lossYears', { years: e.lossYears }) : null,
    preservation: { text: percentText(e.preservation.value, 'down'), severity: e.preservation.severity },
    due: amountCell(e.dividendsDue, lang),
    paid: amountCell(e.dividendsPaid, lang),
    // Judged as "more than" the shortfall: rounded up, like the server's share.
    unpaid: { text: percentText(e.unpaid.value, 'up'), severity: e.unpaid.severity },
  };
}

/** The enterprises as table rows, most leveraged first as the server lists them. */
export function buildEnterpriseRows(data: StateAssets, lang: Lang): EnterpriseRow[] {
  return data.enterprises.map((e) => row(e, lang));
}
