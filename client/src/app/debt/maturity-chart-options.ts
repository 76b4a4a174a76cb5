import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { chartUnit } from './chart-unit';
import { debtText } from './debt-translate';
import type { BondMaturities } from './debt.types';

/** Whether any bond is outstanding at the year's end. */
export function hasMaturities(maturities: BondMaturities): boolean {
  return maturities.outstanding.bonds > 0;
}

/**
 * Face value of the bonds falling due in each of the ten years after the fiscal year, and after
 * them, as bars stacked by debt type, in 亿元 or 万元.
 */
export function buildMaturityChartOptions(maturities: BondMaturities, lang: Lang): ChartOption {
  const buckets = [...maturities.years, maturities.later];
  const unit = chartUnit(buckets.flatMap((bucket) => [bucket.general, bucket.special]));
  const unitLabel = amountUnitLabel(unit, lang);
  const categories = [...maturities.years.map((bucket) => String(bucket.year)), debtText(lang, 'debt.maturity.later')];
  const series = (type: 'general' | 'special', color: string) => ({
    type: 'bar' as const,
    name: debtText(lang, `debt.type.${type}`),
    stack: 'due',
    data: buckets.map((bucket) => amountToNumber(bucket[type], unit)),
    itemStyle: { color },
    barMaxWidth: 32,
  });
  return {
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
    },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, color: CHART_COLORS.axisText } },
    yAxis: {
      type: 'value',
      name: debtText(lang, 'debt.chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
    },
    series: [series('general', '#1677ff'), series('special', '#389e0d')],
  };
}
