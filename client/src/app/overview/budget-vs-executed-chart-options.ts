import type { Overview } from '../shared/api/api.types';
import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';

/** 亿元 once any figure reaches 1 亿, else 万元: one unit for the whole chart so bars compare. */
export function budgetChartUnit(overview: Overview): AmountUnit {
  const amounts = overview.books.flatMap((book) => [book.budget, book.executed]);
  return amounts.some((amount) => pickAmountUnit(amount) === 'yi') ? 'yi' : 'wan';
}

/** Budget and executed amount of each book as grouped bars, in 亿元 or 万元. */
export function buildBudgetVsExecutedChartOptions(overview: Overview, lang: Lang): ChartOption {
  const unit = budgetChartUnit(overview);
  const unitLabel = amountUnitLabel(unit, lang);
  return {
    color: [CHART_COLORS.budget, CHART_COLORS.executed],
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
    },
    xAxis: {
      type: 'category',
      data: overview.books.map((book) => translate(lang, `book.${book.book}`)),
      axisLabel: { interval: 0, width: 96, overflow: 'break', color: CHART_COLORS.axisText },
    },
    yAxis: { type: 'value', name: translate(lang, 'chart.amountAxis', { unit: unitLabel }), nameTextStyle: { align: 'left' } },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'overview.budget'),
        data: overview.books.map((book) => amountToNumber(book.budget, unit)),
        barMaxWidth: 40,
      },
      {
        type: 'bar',
        name: translate(lang, 'overview.executed'),
        data: overview.books.map((book) => amountToNumber(book.executed, unit)),
        barMaxWidth: 40,
      },
    ],
  };
}
