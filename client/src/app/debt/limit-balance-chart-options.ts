import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { chartUnit } from './chart-unit';
import { debtText } from './debt-translate';
import type { DebtPositions } from './debt.types';
import { SEVERITY_COLORS } from '../shared/charts/severity-style';

/** Light for a limit, strong for the balance under it: general in blue, special in green (Ant Design blue/green 3 and 6). */
const COLORS = {
  generalLimit: '#91caff',
  generalBalance: '#1677ff',
  specialLimit: '#b7eb8f',
  specialBalance: '#389e0d',
} as const;

/**
 * Each region's limit and balance of general and special debt as grouped bars, in 亿元 or 万元; a
 * balance over its limit (DEBT-OVERLIMIT) is drawn red.
 */
export function buildLimitBalanceChartOptions(positions: DebtPositions, lang: Lang): ChartOption {
  const rows = positions.regions;
  const unit = chartUnit(
    rows.flatMap((row) => [row.general.limit, row.general.balance, row.special.limit, row.special.balance]),
  );
  const unitLabel = amountUnitLabel(unit, lang);
  const value = (amount: string | null) => (amount === null ? null : amountToNumber(amount, unit));
  const balances = (type: 'general' | 'special') =>
    rows.map((row) => ({
      value: value(row[type].balance),
      itemStyle: row[type].overLimit ? { color: SEVERITY_COLORS.red } : undefined,
    }));
  return {
    color: [COLORS.generalLimit, COLORS.generalBalance, COLORS.specialLimit, COLORS.specialBalance],
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (amount) => (typeof amount === 'number' ? `${formatChartNumber(amount)} ${unitLabel}` : '—'),
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.regionName),
      axisLabel: { interval: 0, width: 80, overflow: 'break', color: CHART_COLORS.axisText },
    },
    yAxis: {
      type: 'value',
      name: debtText(lang, 'debt.chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
    },
    series: [
      {
        type: 'bar',
        name: debtText(lang, 'debt.col.generalLimit'),
        data: rows.map((row) => value(row.general.limit)),
        barMaxWidth: 18,
      },
      { type: 'bar', name: debtText(lang, 'debt.col.generalBalance'), data: balances('general'), barMaxWidth: 18 },
      {
        type: 'bar',
        name: debtText(lang, 'debt.col.specialLimit'),
        data: rows.map((row) => value(row.special.limit)),
        barMaxWidth: 18,
      },
      { type: 'bar', name: debtText(lang, 'debt.col.specialBalance'), data: balances('special'), barMaxWidth: 18 },
    ],
  };
}
