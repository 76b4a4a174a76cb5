import type { BarSeriesOption } from 'echarts/charts';
import {
  buildDebtRatioChartOptions,
  debtRatioChartHeight,
  debtRatioLinesNote,
  hasDebtRatios,
} from './debt-ratio-chart-options';
import { NORMAL_COLOR, SEVERITY_COLORS } from '../shared/charts/severity-style';
import { samplePositions } from './testing/debt-fixtures';

describe('buildDebtRatioChartOptions', () => {
  const bar = () => (buildDebtRatioChartOptions(samplePositions(), 'zh-CN').series as BarSeriesOption[])[0]!;

  it('draws each region’s debt ratio in percent, coloured by the rung it reaches', () => {
    const data = bar().data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((item) => item.value)).toEqual([70, 137]);
    expect(data.map((item) => item.itemStyle.color)).toEqual([NORMAL_COLOR, SEVERITY_COLORS.red]);
  });

  it('draws DEBT-RATIO’s lines in force as dashed lines of their colour', () => {
    const lines = bar().markLine!.data as {
      xAxis: number;
      lineStyle: { color: string };
      label: { formatter: string };
    }[];
    expect(lines.map((line) => [line.xAxis, line.lineStyle.color, line.label.formatter])).toEqual([
      [100, SEVERITY_COLORS.orange, '100%'],
      [120, SEVERITY_COLORS.red, '120%'],
    ]);
  });

  it('leaves room past the highest line and the highest bar', () => {
    expect((buildDebtRatioChartOptions(samplePositions(), 'zh-CN').xAxis as { max: number }).max).toBe(140);
  });
});

describe('hasDebtRatios', () => {
  it('is false when no region has a ratio', () => {
    const positions = samplePositions();
    expect(hasDebtRatios(positions)).toBeTrue();
    positions.regions = positions.regions.map((row) => ({ ...row, debtRatio: { value: null, severity: null } }));
    expect(hasDebtRatios(positions)).toBeFalse();
  });
});

describe('debtRatioChartHeight', () => {
  it('grows one row per region above a minimum', () => {
    expect(debtRatioChartHeight(2)).toBe(240);
    expect(debtRatioChartHeight(10)).toBe(456);
  });
});

describe('debtRatioLinesNote', () => {
  it('names the lines drawn', () => {
    expect(debtRatioLinesNote(samplePositions(), 'zh-CN')).toBe('虚线：橙线 100%，红线 120%');
    expect(debtRatioLinesNote(samplePositions(), 'en')).toBe('Dashed: orange line 100%, red line 120%');
  });
});
