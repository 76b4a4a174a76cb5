import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { monthLabel } from '../shared/format/month-label';
import { socialFundsText } from './social-funds-translate';
import type { SocialFundMonthly } from './social-funds.types';

const INCOME_COLOR = '#52c41a';
const EXPENDITURE_COLOR = '#ff7a45';

/** Whether the fund has any month loaded this year. */
export function hasFundMonths(monthly: SocialFundMonthly): boolean {
  return monthly.months.some((month) => month.balance !== null);
}

/** 亿元 once an amount of the series reaches 1 亿, else 万元. */
function unitOf(amounts: readonly (string | null)[]): AmountUnit {
  return amounts.some((amount) => amount !== null && pickAmountUnit(amount) === 'yi') ? 'yi' : 'wan';
}

/**
 * A fund's year in months: income and expenditure as bars (left axis), the balance at each month
 * end as a line (right axis, in its own unit). Months not loaded are gaps.
 */
export function buildFundMonthlyChartOptions(monthly: SocialFundMonthly, lang: Lang): ChartOption {
  const flowUnit = unitOf(monthly.months.flatMap((month) => [month.income, month.expenditure]));
  const balanceUnit = unitOf(monthly.months.map((month) => month.balance));
  const text = (unit: AmountUnit) => (value: unknown) =>
    typeof value === 'number' ? `${formatChartNumber(value)} ${amountUnitLabel(unit, lang)}` : '—';
  const names = {
    income: socialFundsText(lang, 'socialFunds.chart.income'),
    expenditure: socialFundsText(lang, 'socialFunds.chart.expenditure'),
    balance: socialFundsText(lang, 'socialFunds.chart.balance'),
  };
  const amounts = (values: readonly (string | null)[], unit: AmountUnit) =>
    values.map((value) => (value === null ? null : amountToNumber(value, unit)));
  return {
    color: [INCOME_COLOR, EXPENDITURE_COLOR, CHART_COLORS.executed],
    grid: { left: 8, right: 8, top: 72, bottom: 8 },
    legend: { top: 0, data: [names.income, names.expenditure, names.balance] },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: monthly.months.map((month) => monthLabel(month.month, lang)),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    yAxis: [
      {
        type: 'value',
        name: socialFundsText(lang, 'socialFunds.chart.amountAxis', { unit: amountUnitLabel(flowUnit, lang) }),
        nameTextStyle: { align: 'left' },
      },
      {
        type: 'value',
        name: socialFundsText(lang, 'socialFunds.chart.balanceAxis', { unit: amountUnitLabel(balanceUnit, lang) }),
        nameTextStyle: { align: 'right' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: names.income,
        data: amounts(
          monthly.months.map((m) => m.income),
          flowUnit,
        ),
        barMaxWidth: 16,
        tooltip: { valueFormatter: text(flowUnit) },
      },
      {
        type: 'bar',
        name: names.expenditure,
        data: amounts(
          monthly.months.map((m) => m.expenditure),
          flowUnit,
        ),
        barMaxWidth: 16,
        tooltip: { valueFormatter: text(flowUnit) },
      },
      {
        type: 'line',
        name: names.balance,
        yAxisIndex: 1,
        data: amounts(
          monthly.months.map((m) => m.balance),
          balanceUnit,
        ),
        symbolSize: 6,
        lineStyle: { width: 3 },
        tooltip: { valueFormatter: text(balanceUnit) },
      },
    ],
  };
}
