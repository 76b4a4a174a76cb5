import type { BarSeriesOption } from 'echarts/charts';
import { sampleOverview } from './testing/social-funds-fixtures';
import {
  buildMonthsPayableChartOptions,
  hasMonthsPayable,
  monthsPayableChartHeight,
} from './months-payable-chart-options';

const bars = (options: ReturnType<typeof buildMonthsPayableChartOptions>) => (options.series as BarSeriesOption[])[0]!;

describe('buildMonthsPayableChartOptions', () => {
  it('draws one bar per fund coloured by its level', () => {
    const options = buildMonthsPayableChartOptions(sampleOverview(), 'zh-CN');
    expect(options.yAxis).toEqual(
      jasmine.objectContaining({
        inverse: true,
        data: ['企业职工基本养老保险', '机关事业单位基本养老保险', '失业保险'],
      }),
    );
    const data = bars(options).data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([20, 5, 8]);
    expect(data.map((d) => d.itemStyle.color)).toEqual(['#1677ff', '#f5222d', '#faad14']);
  });

  it('draws the SIF-MONTHS lines in force', () => {
    const overview = sampleOverview({ lines: { yellowBelow: '12', redBelow: '6' } });
    const markLine = bars(buildMonthsPayableChartOptions(overview, 'en')).markLine!;
    expect((markLine.data as { xAxis: number }[]).map((d) => d.xAxis)).toEqual([12, 6]);
    expect((markLine.data as { lineStyle: { color: string } }[]).map((d) => d.lineStyle.color)).toEqual([
      '#faad14',
      '#f5222d',
    ]);
  });

  it('keeps the yellow line inside the axis even when every fund is far above or below it', () => {
    const overview = sampleOverview();
    overview.funds = overview.funds.map((fund) => ({ ...fund, monthsPayable: '2.00' }));
    expect((buildMonthsPayableChartOptions(overview, 'zh-CN').xAxis as { max: number }).max).toBe(12);
    expect((buildMonthsPayableChartOptions(sampleOverview(), 'zh-CN').xAxis as { max: number }).max).toBe(24);
  });
});

describe('hasMonthsPayable and monthsPayableChartHeight', () => {
  it('finds nothing to draw when no fund spends', () => {
    const overview = sampleOverview();
    overview.funds = overview.funds.map((fund) => ({ ...fund, monthsPayable: null }));
    expect(hasMonthsPayable(overview)).toBeFalse();
    expect(hasMonthsPayable(sampleOverview())).toBeTrue();
  });

  it('grows a row per fund above a minimum', () => {
    expect(monthsPayableChartHeight(2)).toBe(220);
    expect(monthsPayableChartHeight(6)).toBe(96 + 6 * 36);
  });
});
