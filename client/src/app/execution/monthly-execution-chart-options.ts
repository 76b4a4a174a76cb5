import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, formatAmount, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import { monthLabel } from '../shared/format/month-label';
import type { Lang } from '../shared/i18n/lang';
import type { MonthlyExecution } from './execution.types';
import { executionText } from './execution-translate';

const LAST_YEAR_COLOR = '#bfbfbf';
const BUDGET_COLOR = '#fa541c';

/** 亿元 once the budget or a cumulative sum reaches 1 亿, else 万元: one unit for the whole chart. */
export function monthlyChartUnit(monthly: MonthlyExecution): AmountUnit {
  const amounts = [
    monthly.budget,
    monthly.lastYearBudget,
    ...monthly.months.flatMap((month) => [month.cumulative, month.lastYearCumulative]),
  ];
  return amounts.some((amount) => pickAmountUnit(amount) === 'yi') ? 'yi' : 'wan';
}

/** Whether there is anything to draw: a budget, or a payment this year or last. */
export function hasMonthlyData(monthly: MonthlyExecution): boolean {
  const nonZero = (amount: string) => !/^-?0+(\.0+)?$/.test(amount);
  return (
    nonZero(monthly.budget) ||
    monthly.months.some((month) => nonZero(month.executed) || nonZero(month.lastYear))
  );
}

/**
 * The last month of the year with data: the as-of month for the year in progress (the curve stops
 * there instead of running flat into months to come), 0 when the year has no payment yet.
 */
export function lastMonthWithData(fiscalYear: number, asOf: string | null): number {
  if (asOf === null) return 0;
  const year = Number(asOf.slice(0, 4));
  if (year > fiscalYear) return 12;
  return year < fiscalYear ? 0 : Number(asOf.slice(5, 7));
}

/**
 * Cumulative spending month by month, this year (to the as-of month) against last year's same
 * period, with this year's budget as a dashed reference line: the gap between the curve and the
 * line is what is left to spend.
 */
export function buildMonthlyExecutionChartOptions(monthly: MonthlyExecution, asOf: string | null, lang: Lang): ChartOption {
  const unit = monthlyChartUnit(monthly);
  const unitLabel = amountUnitLabel(unit, lang);
  const lastMonth = lastMonthWithData(monthly.fiscalYear, asOf);
  const thisYear = executionText(lang, 'execution.chart.cumulative', { year: monthly.fiscalYear });
  const lastYear = executionText(lang, 'execution.chart.cumulative', { year: monthly.fiscalYear - 1 });
  const budget = executionText(lang, 'execution.chart.budgetLine', {
    year: monthly.fiscalYear,
    amount: formatAmount(monthly.budget, lang, { unit }),
  });
  const budgetValue = amountToNumber(monthly.budget, unit);
  return {
    color: [CHART_COLORS.executed, LAST_YEAR_COLOR, BUDGET_COLOR],
    grid: { left: 8, right: 24, top: 64, bottom: 8 },
    legend: { top: 0, data: [thisYear, lastYear, budget] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: monthly.months.map((month) => monthLabel(month.month, lang)),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    yAxis: {
      type: 'value',
      name: executionText(lang, 'execution.chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
    },
    series: [
      {
        type: 'line',
        name: thisYear,
        data: monthly.months.map((month) => (month.month <= lastMonth ? amountToNumber(month.cumulative, unit) : null)),
        symbolSize: 6,
        lineStyle: { width: 3 },
        areaStyle: { opacity: 0.08 },
      },
      {
        type: 'line',
        name: lastYear,
        data: monthly.months.map((month) => amountToNumber(month.lastYearCumulative, unit)),
        symbolSize: 4,
        lineStyle: { width: 2 },
      },
      {
        // A flat series rather than a mark line: it keeps the budget inside the axis range and in the legend.
        type: 'line',
        name: budget,
        data: monthly.months.map(() => budgetValue),
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2 },
        tooltip: { show: false },
      },
    ],
  };
}
