import type { BarSeriesOption } from 'echarts/charts';
import { bondProjectSummary, buildBondProjectRows, buildProjectRegionChartOptions } from './bond-project-views';
import { sampleProjects } from './testing/debt-fixtures';

describe('buildBondProjectRows', () => {
  it('gives each project with its place, amounts in 万元, spent share and idle verdict', () => {
    const [idle, busy] = buildBondProjectRows(sampleProjects(), 'zh-CN');
    expect(idle).toEqual(
      jasmine.objectContaining({
        projectName: '开发区综合管廊项目',
        place: '临江经济技术开发区 · 开发区建设局',
        bondName: '2025年江南省政府专项债券（九期）',
        allocated: { text: '20,000.00', exact: '200,000,000.00 元' },
        progress: '15.00%',
        progressWidth: 15,
        asOfDate: '2026年10月31日',
        idle: { severity: 'red', label: '闲置 · 红色', color: 'red' },
      }),
    );
    expect(busy!.place).toBe('临江市');
    expect(busy!.bondName).toBe('');
    expect(busy!.idle).toBeNull();
  });
});

describe('bondProjectSummary', () => {
  it('sums up the projects and states DEBT-IDLE’s lines in force', () => {
    const summary = bondProjectSummary(sampleProjects(), 'zh-CN');
    expect(summary.totals).toBe('3 个项目，安排债券资金 15.00亿元，累计支出 9.00亿元，支出进度 60.00%');
    expect(summary.idleRule).toBe('资金闲置预警：发行满12个月支出低于20%为红色，满6个月低于50%为黄色');
    expect(summary.idle).toBe(1);
  });
});

describe('buildProjectRegionChartOptions', () => {
  it('draws allocated and spent per region', () => {
    const series = buildProjectRegionChartOptions(sampleProjects(), 'en').series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['Allocated', 'Spent']);
    expect(series[0]!.data).toEqual([13, 2]);
    expect(series[1]!.data).toEqual([8.8, 0.2]);
  });
});
