import type { TreemapSeriesOption } from 'echarts/charts';
import { formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import { subtractDecimal } from '../shared/format/decimal';
import { amountToNumber, amountUnitLabel, formatAmount, pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { tooltipHtml } from './chart-tooltip';
import { ratioOf, sumMoney } from './decimal-ratio';
import type { FunctionBreakdown, FunctionClass } from './execution.types';
import { executionText } from './execution-translate';

type FunctionNode = Omit<FunctionClass, 'children'>;
type TreemapNode = NonNullable<TreemapSeriesOption['data']>[number];

/** Ant Design's palette, one colour per 类; their 款 take lighter shades of it. */
const CLASS_COLORS = ['#1677ff', '#13c2c2', '#52c41a', '#faad14', '#722ed1', '#eb2f96', '#fa541c', '#2f54eb', '#a0d911', '#fa8c16'];

const isPositive = (amount: string) => !amount.startsWith('-') && !/^0+(\.0+)?$/.test(amount);

/** 亿元 once the total spending reaches 1 亿, else 万元. */
export function treemapUnit(breakdown: FunctionBreakdown): AmountUnit {
  const spent = breakdown.classes.map((node) => node.executed).filter(isPositive);
  return pickAmountUnit(sumMoney(spent)) === 'yi' ? 'yi' : 'wan';
}

/** Whether any class has spending to draw (the area is spending; a net reversal has none). */
export function hasFunctionSpending(breakdown: FunctionBreakdown): boolean {
  return breakdown.classes.some((node) => isPositive(node.executed));
}

/** "205 教育支出" / "205 Education". */
export function functionLabel(node: FunctionNode, lang: Lang): string {
  return `${node.code} ${lang === 'zh-CN' ? node.nameZh : node.nameEn}`;
}

/**
 * Spending by 支出功能分类 as a treemap: the 类 first, each opening onto its 款 when clicked (the
 * chart's own breadcrumb leads back). Only positive spending has an area; budget and rate are in
 * the tooltip.
 */
export function buildFunctionTreemapChartOptions(breakdown: FunctionBreakdown, lang: Lang): ChartOption {
  const unit = treemapUnit(breakdown);
  const unitLabel = amountUnitLabel(unit, lang);
  const nodes = new Map<string, FunctionNode>();
  const toNode = (node: FunctionNode, children?: TreemapNode[]): TreemapNode => {
    nodes.set(node.code, node);
    return {
      id: node.code,
      name: functionLabel(node, lang),
      value: amountToNumber(node.executed, unit),
      ...(children ? { children } : {}),
    };
  };
  const data = breakdown.classes
    .filter((node) => isPositive(node.executed))
    .sort((a, b) => (subtractDecimal(b.executed, a.executed).startsWith('-') ? -1 : 1))
    .map((node) =>
      toNode(
        node,
        node.children.filter((child) => isPositive(child.executed)).map((child) => toNode(child)),
      ),
    );
  return {
    color: CLASS_COLORS,
    tooltip: {
      formatter: (params) => {
        const node = nodes.get(String((params as { data?: { id?: string } }).data?.id ?? ''));
        if (!node) return '';
        return tooltipHtml(functionLabel(node, lang), [
          `${executionText(lang, 'execution.chart.executed')} ${formatAmount(node.executed, lang, { unit })}`,
          `${executionText(lang, 'execution.chart.budget')} ${formatAmount(node.budget, lang, { unit })}`,
          `${executionText(lang, 'execution.chart.rate')} ${formatPercent(ratioOf(node.executed, node.budget))}`,
        ]);
      },
    },
    series: [
      {
        type: 'treemap',
        name: executionText(lang, 'execution.chart.all'),
        data,
        leafDepth: 1,
        roam: false,
        nodeClick: 'zoomToNode',
        top: 8,
        left: 8,
        right: 8,
        bottom: 32,
        breadcrumb: { show: true, bottom: 4 },
        label: {
          show: true,
          formatter: (params) => `${params.name}\n${formatChartNumber(Number(params.value))} ${unitLabel}`,
          overflow: 'truncate',
        },
        upperLabel: { show: false },
        levels: [
          { itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 } },
          { colorSaturation: [0.35, 0.55], itemStyle: { borderColorSaturation: 0.7, gapWidth: 1, borderWidth: 1 } },
        ],
      },
    ],
  };
}
