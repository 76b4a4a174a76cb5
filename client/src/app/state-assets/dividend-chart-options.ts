import { chartUnit } from '../debt/chart-unit';
import { SEVERITY_COLORS } from '../shared/charts/severity-style';
import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { stateAssetsText } from './state-assets-translate';
import type { Enterprise, StateAssets } from './state-assets.types';

/** The enterprises with state capital revenue due in their annual report, most due first. */
export function dividendEnterprises(data: StateAssets): Enterprise[] {
  const cents = (amount: string | null) => {
    const [integer = '0', fraction = ''] = (amount ?? '0').split('.');
    return BigInt(integer + fraction.padEnd(2, '0'));
  };
  return data.enterprises
    .filter((e) => e.unpaid.value !== null)
    .sort((a, b) => {
      const difference = cents(b.dividendsDue) - cents(a.dividendsDue);
      return difference === 0n ? a.enterpriseCode.localeCompare(b.enterpriseCode) : difference > 0n ? 1 : -1;
    });
}

/**
 * State capital revenue due and paid per enterprise as grouped horizontal bars, most due at the
 * top, in 亿元 or 万元; a payment short by more than SOE-DIVIDEND's share is drawn orange.
 */
export function buildDividendChartOptions(data: StateAssets, lang: Lang): ChartOption {
  const rows = dividendEnterprises(data);
  const unit = chartUnit(rows.flatMap((e) => [e.dividendsDue, e.dividendsPaid]));
  const unitLabel = amountUnitLabel(unit, lang);
  const value = (amount: string | null) => amountToNumber(amount ?? '0', unit);
  return {
    color: ['#91caff', '#1677ff'],
    grid: { left: 8, right: 24, top: 32, bottom: 40, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (amount) => (typeof amount === 'number' ? `${formatChartNumber(amount)} ${unitLabel}` : '—'),
    },
    xAxis: {
      type: 'value',
      name: stateAssetsText(lang, 'stateAssets.chart.amountAxis', { unit: unitLabel }),
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((e) => e.enterpriseName),
      axisLabel: { width: 180, overflow: 'truncate', color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: stateAssetsText(lang, 'stateAssets.chart.due'),
        data: rows.map((e) => value(e.dividendsDue)),
        barMaxWidth: 10,
      },
      {
        type: 'bar',
        name: stateAssetsText(lang, 'stateAssets.chart.paid'),
        data: rows.map((e) => ({
          value: value(e.dividendsPaid),
          itemStyle: e.unpaid.severity ? { color: SEVERITY_COLORS.orange } : undefined,
        })),
        barMaxWidth: 10,
      },
    ],
  };
}
