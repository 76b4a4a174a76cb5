import { CHART_COLORS, type ChartOption } from '../shared/charts/chart-option';
import type { Lang } from '../shared/i18n/lang';
import { socialFundsText } from './social-funds-translate';
import type { ReserveLevel, SocialFundOverview } from './social-funds.types';

const ROW_HEIGHT = 36;
const CHROME_HEIGHT = 96;
const MIN_HEIGHT = 220;

/** Ant Design's gold-6 and red-6: SIF-MONTHS' yellow and red. */
export const LEVEL_COLORS: Record<ReserveLevel, string> = {
  normal: CHART_COLORS.executed,
  yellow: '#faad14',
  red: '#f5222d',
  none: '#bfbfbf',
};

export function monthsPayableChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/** Whether any fund has months payable to draw. */
export function hasMonthsPayable(overview: SocialFundOverview): boolean {
  return overview.funds.some((fund) => fund.monthsPayable !== null);
}

/**
 * Each fund's months payable (累计结余 ÷ 近12个月月均支出) as a horizontal bar coloured by its
 * SIF-MONTHS level, with the yellow and red lines in force drawn across, dashed.
 */
export function buildMonthsPayableChartOptions(overview: SocialFundOverview, lang: Lang): ChartOption {
  const yellow = Number(overview.lines.yellowBelow);
  const red = Number(overview.lines.redBelow);
  // Unlabelled: two labels at the same end of nearby lines overlap; the card's hint names them.
  const line = (value: number, color: string) => ({
    xAxis: value,
    lineStyle: { color, type: 'dashed' as const, width: 2 },
    label: { show: false },
  });
  const values = overview.funds.map((fund) => (fund.monthsPayable === null ? null : Number(fund.monthsPayable)));
  const largest = Math.max(yellow, ...values.filter((value): value is number => value !== null));
  return {
    grid: { left: 8, right: 64, top: 40, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) =>
        typeof value === 'number'
          ? socialFundsText(lang, 'socialFunds.card.months', { months: value.toFixed(2) })
          : '—',
    },
    xAxis: {
      type: 'value',
      name: socialFundsText(lang, 'socialFunds.chart.monthsAxis'),
      min: 0,
      max: Math.ceil((largest * 1.1) / 6) * 6,
      position: 'top',
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: overview.funds.map((fund) => fund.fundType),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: socialFundsText(lang, 'socialFunds.card.monthsPayable'),
        data: overview.funds.map((fund, i) => ({
          value: values[i] ?? null,
          itemStyle: { color: LEVEL_COLORS[fund.reserveLevel] },
        })),
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }) => (typeof value === 'number' ? value.toFixed(2) : ''),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [line(yellow, LEVEL_COLORS.yellow), line(red, LEVEL_COLORS.red)],
        },
      },
    ],
  };
}
