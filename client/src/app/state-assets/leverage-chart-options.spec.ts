import type { ScatterSeriesOption } from 'echarts/charts';
import { NORMAL_COLOR, SEVERITY_COLORS } from '../shared/charts/severity-style';
import { buildLeverageChartOptions } from './leverage-chart-options';
import { sampleStateAssets } from './testing/state-assets-fixtures';

describe('buildLeverageChartOptions', () => {
  const options = () => buildLeverageChartOptions(sampleStateAssets(), 'zh-CN');
  const series = () => options().series as ScatterSeriesOption[];

  it('puts industrial and non-industrial enterprises in two panels, assets across (亿元, log) and leverage up', () => {
    expect(series().map((s) => s.name)).toEqual(['工业', '非工业']);
    const industrial = series()[0]!.data as { name: string; value: number[]; itemStyle: { color: string } }[];
    // The enterprise without assets has no ratio and no dot.
    expect(industrial.map((dot) => [dot.name, dot.value, dot.itemStyle.color])).toEqual([
      ['临江环境能源有限公司', [30, 66.6], SEVERITY_COLORS.yellow],
    ]);
    const other = series()[1]!.data as { value: number[]; itemStyle: { color: string } }[];
    expect(other.map((dot) => [dot.value, dot.itemStyle.color])).toEqual([
      [[90, 76.8], SEVERITY_COLORS.red],
      [[60, 52], NORMAL_COLOR],
    ]);
    expect((options().xAxis as { type: string; name: string }[]).map((axis) => [axis.type, axis.name])).toEqual([
      ['log', '资产总额（亿元）'],
      ['log', '资产总额（亿元）'],
    ]);
    expect((options().title as { text: string }[]).map((title) => title.text)).toEqual([
      '工业企业（1 户）',
      '非工业企业（2 户）',
    ]);
  });

  it('draws each class’s warning and key-supervision lines in force, and shades the bands past them', () => {
    const [industrial, other] = series();
    const lines = (s: ScatterSeriesOption) =>
      (s.markLine!.data as { yAxis: number; label: { formatter: string } }[]).map((line) => [
        line.yAxis,
        line.label.formatter,
      ]);
    expect(lines(industrial!)).toEqual([
      [65, '警戒线 65%'],
      [70, '重点监管线 70%'],
    ]);
    expect(lines(other!)).toEqual([
      [70, '警戒线 70%'],
      [75, '重点监管线 75%'],
    ]);
    const bands = other!.markArea!.data as [{ yAxis: number }, { yAxis: number }][];
    expect(bands.map(([from, to]) => [from.yAxis, to.yAxis])).toEqual([
      [70, 75],
      [75, 90],
    ]);
  });

  it('fits the leverage axis around the dots and the lines', () => {
    const y = options().yAxis as { min: number; max: number }[];
    expect([y[0]!.min, y[0]!.max]).toEqual([40, 90]);
  });

  it('escapes enterprise names in the tooltip', () => {
    const data = sampleStateAssets();
    data.enterprises[1] = { ...data.enterprises[1]!, enterpriseName: '<b>环境</b>' };
    const tooltip = buildLeverageChartOptions(data, 'en').tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter({ seriesIndex: 0, dataIndex: 0 });
    expect(html).toContain('&lt;b&gt;环境&lt;/b&gt;');
    expect(html).toContain('Leverage 66.60%');
    expect(html).toContain('Report 2026-Q3');
  });
});
