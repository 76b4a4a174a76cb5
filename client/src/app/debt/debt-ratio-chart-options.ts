import { CHART_COLORS, percentAxisMax, type ChartOption } from '../shared/charts/chart-option';
import type { Lang } from '../shared/i18n/lang';
import { debtText } from './debt-translate';
import type { DebtPositions } from './debt.types';
import { linePercent, ratioToChartPercent } from '../shared/format/percent-text';
import { SEVERITY_COLORS, severityColor } from '../shared/charts/severity-style';

const ROW_HEIGHT = 36;
const CHROME_HEIGHT = 96;
const MIN_HEIGHT = 240;

/** Chart height in pixels for a number of regions: one readable row each. */
export function debtRatioChartHeight(count: number): number {
  return Math.max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * count);
}

/** Whether any region has a debt ratio to draw (none without 综合财力). */
export function hasDebtRatios(positions: DebtPositions): boolean {
  return positions.regions.some((row) => row.debtRatio.value !== null);
}

/** The lines drawn, named: "虚线：橙线 100%，红线 120%". */
export function debtRatioLinesNote(positions: DebtPositions, lang: Lang): string {
  const lines = positions.lines.debtRatio.lines.map((line) =>
    debtText(lang, 'debt.chart.line', {
      severity: debtText(lang, `debt.lineShort.${line.severity}`),
      value: linePercent(line.ratio),
    }),
  );
  return debtText(lang, 'debt.chart.ratiosHint', { lines: lines.join(lang === 'zh-CN' ? '，' : ', ') });
}

/**
 * Each region's 债务率 as a horizontal bar coloured by the rung it reaches, with DEBT-RATIO's lines in
 * force as dashed vertical lines (the warning line of 100 % and the red line by default).
 */
export function buildDebtRatioChartOptions(positions: DebtPositions, lang: Lang): ChartOption {
  const rows = positions.regions;
  const values = rows.map((row) => ratioToChartPercent(row.debtRatio.value));
  const lines = positions.lines.debtRatio.lines.map((line) => ({ ...line, percent: ratioToChartPercent(line.ratio)! }));
  const highestLine = Math.max(0, ...lines.map((line) => line.percent));
  return {
    grid: { left: 8, right: 56, top: 28, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value.toFixed(2)}%` : '—'),
    },
    xAxis: {
      type: 'value',
      name: debtText(lang, 'debt.chart.ratioAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      max: percentAxisMax([...values, highestLine + 10]),
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.regionName),
      axisLabel: { color: CHART_COLORS.axisText },
    },
    series: [
      {
        type: 'bar',
        name: debtText(lang, 'debt.ratio.debtRatio'),
        data: rows.map((row, index) => ({
          value: values[index] ?? null,
          itemStyle: { color: severityColor(row.debtRatio.severity) },
        })),
        barMaxWidth: 20,
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: {
          silent: true,
          symbol: 'none',
          data: lines.map((line) => ({
            xAxis: line.percent,
            lineStyle: { color: SEVERITY_COLORS[line.severity], type: 'dashed', width: 2 },
            // Above the first bar (the category axis runs top down): just the value, the card's note names the lines.
            label: { position: 'start', color: SEVERITY_COLORS[line.severity], formatter: linePercent(line.ratio) },
          })),
        },
      },
    ],
  };
}
