import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import { ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { monthLabel } from '../shared/format/month-label';
import { revenueText } from './revenue-translate';
import type { MonthlyRevenue } from './revenue.types';

const LAST_YEAR_COLOR = '#8c8c8c';
const RATE_COLOR = '#0958d9';

const isNonZero = (amount: string | null) => amount !== null && /[1-9]/.test(amount);

/** Whether there is anything to draw: a budget, or a collection this year or last. */
export function hasMonthlyRevenue(monthly: MonthlyRevenue): boolean {
  return (
    isNonZero(monthly.budget) || monthly.months.some((month) => isNonZero(month.actual) || isNonZero(month.lastYear))
  );
}

/** 亿元 once a month's collection reaches 1 亿, else 万元: one unit for the bars. */
export function monthlyAmountUnit(monthly: MonthlyRevenue): AmountUnit {
  return monthly.months.some((month) => month.actual !== null && pickAmountUnit(month.actual) === 'yi') ? 'yi' : 'wan';
}

const percentText = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—');

/** The rate axis: 0 to 100 %, or above the highest rate in steps of 20, so its ticks fall on round values. */
export function rateAxisMax(values: readonly (number | null)[]): number {
  const largest = Math.max(100, ...values.filter((value): value is number => value !== null));
  return Math.ceil(largest / 20) * 20;
}

/**
 * One book's year in months: each month's collection as bars (left axis), and on the right axis the
 * cumulative completion rate against the annual budget, last year's for the same months, and time
 * progress (序时进度) at each month end, dashed: a rate line under the dashed one is collection
 * behind time.
 */
export function buildMonthlyRevenueChartOptions(monthly: MonthlyRevenue, lang: Lang): ChartOption {
  const unit = monthlyAmountUnit(monthly);
  const unitLabel = amountUnitLabel(unit, lang);
  const names = {
    actual: revenueText(lang, 'revenue.chart.monthlyActual'),
    rate: revenueText(lang, 'revenue.chart.rate', { year: monthly.fiscalYear }),
    lastYear: revenueText(lang, 'revenue.chart.rate', { year: monthly.fiscalYear - 1 }),
    time: revenueText(lang, 'revenue.chart.timeProgress'),
  };
  const rates = monthly.months.map((month) => ratioToPercentNumber(month.rate));
  const lastYearRates = monthly.months.map((month) => ratioToPercentNumber(month.lastYearRate));
  const time = monthly.months.map((month) => ratioToPercentNumber(month.timeProgress));
  return {
    color: [CHART_COLORS.budget, RATE_COLOR, LAST_YEAR_COLOR, CHART_COLORS.timeProgress],
    grid: { left: 8, right: 8, top: 84, bottom: 8 },
    legend: { top: 0, data: [names.actual, names.rate, names.lastYear, names.time] },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: monthly.months.map((month) => monthLabel(month.month, lang)),
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
        max: rateAxisMax([...rates, ...lastYearRates, ...time]),
        interval: 20,
        axisLabel: { formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: names.actual,
        data: monthly.months.map((month) => (month.actual === null ? null : amountToNumber(month.actual, unit))),
        barMaxWidth: 28,
        tooltip: {
          valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
        },
      },
      {
        type: 'line',
        name: names.rate,
        yAxisIndex: 1,
        data: rates,
        symbolSize: 6,
        lineStyle: { width: 3 },
        tooltip: { valueFormatter: percentText },
      },
      {
        type: 'line',
        name: names.lastYear,
        yAxisIndex: 1,
        data: lastYearRates,
        symbolSize: 4,
        lineStyle: { width: 1.5 },
        tooltip: { valueFormatter: percentText },
      },
      {
        type: 'line',
        name: names.time,
        yAxisIndex: 1,
        data: time,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2 },
        tooltip: { valueFormatter: percentText },
      },
    ],
  };
}
