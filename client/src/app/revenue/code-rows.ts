import { amountCell, type AmountCell } from '../shared/format/amount-cell';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { formatGrowth } from './revenue-format';
import type { RevenueCodeNode, RevenueCodes } from './revenue.types';

/** A visible row of the revenue code tree (类 depth 0, 款 1, 项 2), formatted. */
export interface CodeRow {
  code: string;
  name: string;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** False for 类 that are not own revenue (104, 105, 110); inherited by their 款 and 项. */
  own: boolean;
  budget: AmountCell;
  actual: AmountCell;
  rate: string;
  lastYear: AmountCell;
  growth: string;
  growthDown: boolean;
}

interface TreeNode extends RevenueCodeNode {
  children?: readonly TreeNode[];
}

/**
 * The tree as table rows, depth first: a node's children follow it only while it is expanded.
 * Names in the current language (the classification's English name, else the file's name).
 */
export function buildCodeRows(codes: RevenueCodes, expanded: ReadonlySet<string>, lang: Lang): CodeRow[] {
  const rows: CodeRow[] = [];
  const visit = (node: TreeNode, depth: number, own: boolean) => {
    const children = node.children ?? [];
    const open = expanded.has(node.code);
    rows.push({
      code: node.code,
      name: lang === 'zh-CN' ? node.nameZh : node.nameEn,
      depth,
      hasChildren: children.length > 0,
      expanded: open,
      own,
      budget: amountCell(node.budget, lang),
      actual: amountCell(node.actual, lang),
      rate: formatPercent(node.rate),
      lastYear: amountCell(node.lastYearActual, lang),
      growth: formatGrowth(node.growth),
      growthDown: node.growth?.startsWith('-') ?? false,
    });
    if (open) for (const child of children) visit(child, depth + 1, own);
  };
  for (const revenueClass of codes.classes) visit(revenueClass, 0, revenueClass.own);
  return rows;
}

/** The set with `code` opened or closed. */
export function toggleCode(expanded: ReadonlySet<string>, code: string): Set<string> {
  const next = new Set(expanded);
  if (!next.delete(code)) next.add(code);
  return next;
}
