import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import { ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { formatLinePercent } from './revenue-format';
import { monthLabel } from '../shared/format/month-label';
import { revenueText } from './revenue-translate';
import type { RevenueComposition } from './revenue.types';

const TAX_COLOR = '#1677ff';
const NON_TAX_COLOR = '#ffc53d';
const SHARE_COLOR = '#d46b08';
const LAST_YEAR_COLOR = '#8c8c8c';
const WARNING_COLOR = '#cf1322';

/** Whether the year has any 一般公共预算收入 loaded. */
export function hasComposition(composition: RevenueComposition): boolean {
  return composition.months.some((month) =>
    [month.tax, month.nonTax].some((amount) => amount !== null && /[1-9]/.test(amount)),
  );
}

/** 亿元 once a month's tax or non-tax revenue reaches 1 亿, else 万元. */
export function compositionUnit(composition: RevenueComposition): AmountUnit {
  const amounts = composition.months
    .flatMap((month) => [month.tax, month.nonTax])
    .filter((amount): amount is string => amount !== null);
  return amounts.some((amount) => pickAmountUnit(amount) === 'yi') ? 'yi' : 'wan';
}

/** The share axis: to 10 points above the highest share or the warning line, in steps of 10. */
export function shareAxisMax(values: readonly (number | null)[]): number {
  const largest = Math.max(0, ...values.filter((value): value is number => value !== null));
  return Math.min(100, Math.ceil((largest + 5) / 10) * 10);
}

const percentText = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—');

/**
 * 税收收入 and 非税收入 of each month as stacked bars, and the non-tax share cumulated from January,
 * this year against last, with REV-NONTAX's warning line: a share rising towards the line is revenue
 * leaning on fees, fines and asset sales.
 */
export function buildCompositionChartOptions(composition: RevenueComposition, lang: Lang): ChartOption {
  const unit = compositionUnit(composition);
  const unitLabel = amountUnitLabel(unit, lang);
  const amount = (value: string | null) => (value === null ? null : amountToNumber(value, unit));
  const amountText = (value: unknown) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—');
  const names = {
    tax: revenueText(lang, 'revenue.composition.tax'),
    nonTax: revenueText(lang, 'revenue.composition.nonTax'),
    share: revenueText(lang, 'revenue.chart.share', { year: composition.fiscalYear }),
    lastYear: revenueText(lang, 'revenue.chart.share', { year: composition.fiscalYear - 1 }),
  };
  const shares = composition.months.map((month) => ratioToPercentNumber(month.share));
  const lastYearShares = composition.months.map((month) => ratioToPercentNumber(month.lastYearShare));
  const line = ratioToPercentNumber(composition.lines.nonTaxShareAbove);
  return {
    color: [TAX_COLOR, NON_TAX_COLOR, SHARE_COLOR, LAST_YEAR_COLOR],
    grid: { left: 8, right: 8, top: 84, bottom: 8 },
    legend: { top: 0, data: [names.tax, names.nonTax, names.share, names.lastYear] },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: composition.months.map((month) => monthLabel(month.month, lang)),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    yAxis: [
      {
        type: 'value',
        name: revenueText(lang, 'revenue.chart.amountAxis', { unit: unitLabel }),
        nameTextStyle: { align: 'left' },
      },
      {
        type: 'value',
        name: revenueText(lang, 'revenue.chart.percentAxis'),
        min: 0,
        max: shareAxisMax([...shares, ...lastYearShares, line]),
        axisLabel: { formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: names.tax,
        stack: 'revenue',
        data: composition.months.map((m) => amount(m.tax)),
        barMaxWidth: 28,
        tooltip: { valueFormatter: amountText },
      },
      {
        type: 'bar',
        name: names.nonTax,
        stack: 'revenue',
        data: composition.months.map((m) => amount(m.nonTax)),
        barMaxWidth: 28,
        tooltip: { valueFormatter: amountText },
      },
      {
        type: 'line',
        name: names.share,
        yAxisIndex: 1,
        data: shares,
        symbolSize: 6,
        lineStyle: { width: 3 },
        tooltip: { valueFormatter: percentText },
        markLine:
          line === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: WARNING_COLOR, type: 'dashed', width: 1.5 },
                label: {
                  position: 'insideEndTop',
                  color: WARNING_COLOR,
                  formatter: revenueText(lang, 'revenue.chart.shareLine', {
                    value: formatLinePercent(composition.lines.nonTaxShareAbove),
                  }),
                },
                data: [{ yAxis: line }],
              },
      },
      {
        type: 'line',
        name: names.lastYear,
        yAxisIndex: 1,
        data: lastYearShares,
        symbolSize: 4,
        lineStyle: { width: 1.5, type: 'dashed' },
        tooltip: { valueFormatter: percentText },
      },
    ],
  };
}
