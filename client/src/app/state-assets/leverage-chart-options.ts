import type { ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { chartUnit } from '../debt/chart-unit';
import { linePercent, percentText, ratioToChartPercent } from '../shared/format/percent-text';
import { SEVERITY_COLORS, severityColor, type SeverityLevel } from '../shared/charts/severity-style';
import type { ChartOption } from '../shared/charts/chart-option';
import { CHART_COLORS } from '../shared/charts/chart-option';
import { amountToNumber, amountUnitLabel, formatAmount } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { tooltipHtml } from './chart-tooltip';
import { stateAssetsText } from './state-assets-translate';
import type { IndustryClass, StateAssets } from './state-assets.types';

/** The scatter's option: the shared chart types plus scatter, shaded bands and panel titles (state-assets-echarts-setup.ts). */
export type LeverageChartOption = ComposeOption<
  | ScatterSeriesOption
  | GridComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

const CLASSES: readonly IndustryClass[] = ['industrial', 'non_industrial'];

/**
 * 资产负债率 of each enterprise against total assets (log scale), in two panels, industrial and
 * non-industrial, each with its class's lines from SOE-LEVERAGE in force: the warning line (yellow)
 * and the key-supervision line (red) dashed, the band between them and the band above the key line
 * shaded. Enterprises without assets have no ratio and no dot.
 */
export function buildLeverageChartOptions(data: StateAssets, lang: Lang): LeverageChartOption {
  const charted = data.enterprises.filter((e) => e.leverage.value !== null && /[1-9]/.test(e.totalAssets));
  const unit = chartUnit(charted.map((e) => e.totalAssets));
  const unitLabel = amountUnitLabel(unit, lang);
  const percents = charted.map((e) => ratioToChartPercent(e.leverage.value)!);
  const lineValues = [...data.lines.leverage.industrial, ...data.lines.leverage.nonIndustrial].map((line) =>
    ratioToChartPercent(line.ratio)!,
  );
  const top = Math.ceil((Math.max(...percents, ...lineValues) + 5) / 10) * 10;
  const bottom = Math.max(0, Math.floor((Math.min(...percents, ...lineValues) - 5) / 10) * 10);

  const panel = (industryClass: IndustryClass, index: number) => {
    const lines = industryClass === 'industrial' ? data.lines.leverage.industrial : data.lines.leverage.nonIndustrial;
    const warning = lines.find((line) => line.severity === 'yellow');
    const key = lines.find((line) => line.severity === 'red');
    const enterprises = charted.filter((e) => e.industryClass === industryClass);
    const lineLabel = (severity: SeverityLevel, ratio: string) =>
      stateAssetsText(lang, 'stateAssets.chart.lineLabel', {
        line: stateAssetsText(lang, severity === 'red' ? 'stateAssets.line.key' : 'stateAssets.line.warning'),
        value: linePercent(ratio),
      });
    const series: ScatterSeriesOption = {
      type: 'scatter',
      name: stateAssetsText(lang, `stateAssets.class.${industryClass}`),
      xAxisIndex: index,
      yAxisIndex: index,
      symbolSize: 12,
      // [assets in the chart's unit, leverage in percent]
      data: enterprises.map((e) => ({
        name: e.enterpriseName,
        value: [amountToNumber(e.totalAssets, unit), ratioToChartPercent(e.leverage.value)!],
        itemStyle: { color: severityColor(e.leverage.severity) },
      })),
      markLine: {
        silent: true,
        symbol: 'none',
        data: lines.map((line) => ({
          yAxis: ratioToChartPercent(line.ratio)!,
          lineStyle: { color: SEVERITY_COLORS[line.severity], type: 'dashed', width: 1.5 },
          label: {
            position: 'insideEndTop',
            color: SEVERITY_COLORS[line.severity],
            formatter: lineLabel(line.severity, line.ratio),
          },
        })),
      },
      markArea:
        warning && key
          ? {
              silent: true,
              data: [
                [
                  { yAxis: ratioToChartPercent(warning.ratio)!, itemStyle: { color: 'rgba(250, 173, 20, 0.08)' } },
                  { yAxis: ratioToChartPercent(key.ratio)! },
                ],
                [
                  { yAxis: ratioToChartPercent(key.ratio)!, itemStyle: { color: 'rgba(245, 34, 45, 0.08)' } },
                  { yAxis: top },
                ],
              ],
            }
          : undefined,
    };
    return { series, enterprises };
  };

  const panels = CLASSES.map(panel);
  // Each panel's title centred above its grid, clear of the leverage axis's name.
  const centre = ['26%', '74%'];
  return {
    title: CLASSES.map((industryClass, index) => ({
      text: stateAssetsText(lang, 'stateAssets.chart.panel', {
        class: stateAssetsText(lang, `stateAssets.class.${industryClass}`),
        count: panels[index]!.enterprises.length,
      }),
      left: centre[index],
      textAlign: 'center' as const,
      top: 0,
      textStyle: { fontSize: 13, fontWeight: 'normal', color: CHART_COLORS.axisText },
    })),
    grid: [
      { left: '6%', width: '40%', top: 40, bottom: 48, containLabel: false },
      { left: '54%', width: '40%', top: 40, bottom: 48, containLabel: false },
    ],
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { seriesIndex = 0, dataIndex } = params as { seriesIndex?: number; dataIndex: number };
        const enterprise = panels[seriesIndex]!.enterprises[dataIndex]!;
        return tooltipHtml(enterprise.enterpriseName, [
          stateAssetsText(lang, 'stateAssets.tooltip.leverage', {
            value: percentText(enterprise.leverage.value, 'down'),
          }),
          stateAssetsText(lang, 'stateAssets.tooltip.assets', { value: formatAmount(enterprise.totalAssets, lang) }),
          stateAssetsText(lang, 'stateAssets.tooltip.period', { period: enterprise.period }),
        ]);
      },
    },
    xAxis: CLASSES.map((_, index) => ({
      type: 'log' as const,
      gridIndex: index,
      name: stateAssetsText(lang, 'stateAssets.chart.assetsAxis', { unit: unitLabel }),
      nameLocation: 'middle' as const,
      nameGap: 28,
      axisLabel: { color: CHART_COLORS.axisText },
      splitLine: { show: false },
    })),
    yAxis: CLASSES.map((_, index) => ({
      type: 'value' as const,
      gridIndex: index,
      min: bottom,
      max: top,
      name: index === 0 ? stateAssetsText(lang, 'stateAssets.chart.leverageAxis') : '',
      axisLabel: { formatter: '{value}%', color: CHART_COLORS.axisText },
    })),
    series: panels.map((p) => p.series),
  };
}

/**
 * The scatter as the option type of shared/charts/chart.ts, whose input lists the series the shared
 * setup registers: ECharts takes any option at run time, and this page registers the scatter itself.
 */
export function asChartOption(option: LeverageChartOption): ChartOption {
  return option as unknown as ChartOption;
}
