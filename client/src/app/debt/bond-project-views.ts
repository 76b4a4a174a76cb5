import { CHART_COLORS, formatChartNumber, type ChartOption } from '../shared/charts/chart-option';
import {
  amountToNumber,
  amountUnitLabel,
  formatAmount,
  formatAmountParts,
  formatYuan,
} from '../shared/format/format-amount';
import { formatDate } from '../shared/format/format-date';
import type { Lang } from '../shared/i18n/lang';
import { debtText } from './debt-translate';
import type { BondProjects } from './debt.types';
import { chartUnit } from './chart-unit';
import { percentText, ratioToChartPercent } from '../shared/format/percent-text';
import { SEVERITY_TAG_COLORS, type SeverityLevel } from '../shared/charts/severity-style';

export interface BondProjectRow {
  key: string;
  projectName: string;
  projectCode: string;
  place: string;
  bondCode: string;
  bondName: string;
  /** 万元, exact yuan on hover. */
  allocated: { text: string; exact: string };
  spent: { text: string; exact: string };
  /** Spent share, truncated ("19.99%"), and the same as a bar width (0–100). */
  progress: string;
  progressWidth: number;
  asOfDate: string;
  idle: { severity: SeverityLevel; label: string; color: string } | null;
}

/** The projects as table rows, least spent first as the server lists them. */
export function buildBondProjectRows(projects: BondProjects, lang: Lang): BondProjectRow[] {
  const yuan = lang === 'zh-CN' ? '元' : 'yuan';
  const cell = (amount: string) => ({
    text: formatAmountParts(amount, lang, { unit: 'wan' }).value,
    exact: `${formatYuan(amount)} ${yuan}`,
  });
  return projects.projects.map((project) => {
    const width = ratioToChartPercent(project.spentRatio) ?? 0;
    return {
      key: `${project.projectCode}/${project.bondCode}`,
      projectName: project.projectName,
      projectCode: project.projectCode,
      place: [project.regionName, project.agencyName].filter((part) => part).join(' · '),
      bondCode: project.bondCode,
      bondName: project.bondName ?? '',
      allocated: cell(project.allocated),
      spent: cell(project.spent),
      progress: percentText(project.spentRatio, 'down'),
      progressWidth: Math.min(100, Math.max(0, width)),
      asOfDate: formatDate(project.asOfDate, lang),
      idle: project.idle
        ? {
            severity: project.idle,
            label: `${debtText(lang, 'debt.idle')} · ${debtText(lang, `debt.severity.${project.idle}`)}`,
            color: SEVERITY_TAG_COLORS[project.idle],
          }
        : null,
    };
  });
}

/** The totals in a sentence, and DEBT-IDLE's rungs in force in another. */
export function bondProjectSummary(
  projects: BondProjects,
  lang: Lang,
): { totals: string; idleRule: string; idle: number } {
  const { total } = projects;
  const red = projects.idleLines.find((line) => line.severity === 'red');
  const yellow = projects.idleLines.find((line) => line.severity === 'yellow');
  return {
    totals: debtText(lang, 'debt.projects.summary', {
      count: total.projects,
      allocated: formatAmount(total.allocated, lang),
      spent: formatAmount(total.spent, lang),
      ratio: percentText(total.spentRatio, 'down'),
    }),
    idleRule: debtText(lang, 'debt.projects.idleRule', {
      redMonths: red?.months ?? '—',
      redBelow: red ? percentText(red.belowRatio, 'down', 0) : '—',
      yellowMonths: yellow?.months ?? '—',
      yellowBelow: yellow ? percentText(yellow.belowRatio, 'down', 0) : '—',
    }),
    idle: projects.projects.filter((project) => project.idle !== null).length,
  };
}

/** Bond money allocated and spent in each region, as grouped bars in 亿元 or 万元. */
export function buildProjectRegionChartOptions(projects: BondProjects, lang: Lang): ChartOption {
  const rows = projects.regions;
  const unit = chartUnit(rows.flatMap((row) => [row.allocated, row.spent]));
  const unitLabel = amountUnitLabel(unit, lang);
  return {
    color: ['#b7eb8f', '#389e0d'],
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${formatChartNumber(value)} ${unitLabel}` : '—'),
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.regionName),
      axisLabel: { interval: 0, width: 80, overflow: 'break', color: CHART_COLORS.axisText },
    },
    yAxis: {
      type: 'value',
      name: debtText(lang, 'debt.chart.amountAxis', { unit: unitLabel }),
      nameTextStyle: { align: 'left' },
    },
    series: [
      {
        type: 'bar',
        name: debtText(lang, 'debt.projects.allocated'),
        data: rows.map((row) => amountToNumber(row.allocated, unit)),
        barMaxWidth: 24,
      },
      {
        type: 'bar',
        name: debtText(lang, 'debt.projects.spent'),
        data: rows.map((row) => amountToNumber(row.spent, unit)),
        barMaxWidth: 24,
      },
    ],
  };
}
