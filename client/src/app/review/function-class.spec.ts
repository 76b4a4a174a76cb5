import { buildFunctionClassChartOptions, functionClassChartHeight, growthLabel } from './function-class-chart-options';
import { buildFunctionHighlights } from './function-highlights';
import { sampleFunctions } from './testing/review-fixtures';

describe('buildFunctionClassChartOptions', () => {
  it('draws the largest budget on top, last year’s spending beside it, labelled with the change', () => {
    const options = buildFunctionClassChartOptions(sampleFunctions(), 2026, 'zh-CN');
    expect((options.yAxis as { data: string[] }).data).toEqual([
      '一般公共服务支出',
      '社会保障和就业支出',
      '社会保险基金支出',
      '城乡社区支出',
      '教育支出',
    ]);
    const series = options.series as {
      name: string;
      data: number[];
      label?: { formatter: (p: { dataIndex: number }) => string };
    }[];
    expect(series.map((s) => s.name)).toEqual(['2025年实际支出', '2026年预算']);
    expect(series[1]!.data).toEqual([1.8, 2.5, 30, 40, 120]);
    expect(series[1]!.label!.formatter({ dataIndex: 4 })).toBe('+22.4%');
    expect(series[1]!.label!.formatter({ dataIndex: 2 })).toBe('新增');
  });

  it('grows with the number of classes', () => {
    expect(functionClassChartHeight(0)).toBe(240);
    expect(functionClassChartHeight(20)).toBe(72 + 20 * 44);
    expect(functionClassChartHeight(25, 'paper')).toBe(72 + 25 * 30);
  });
});

describe('growthLabel', () => {
  it('signs the change', () => {
    expect(growthLabel('-0.111111', 'zh-CN')).toBe('−11.1%');
    expect(growthLabel('0.2', 'en')).toBe('+20.0%');
    expect(growthLabel(null, 'en')).toBe('new');
  });
});

describe('buildFunctionHighlights', () => {
  it('names the largest rises and falls in yuan, not in percent', () => {
    expect(buildFunctionHighlights(sampleFunctions(), 'zh-CN')).toEqual({
      // 201 grows 20 % but by 30 million; 205 by 2.2 billion comes first. 209 has no last year.
      rising: '增加最多：教育支出（增长22.4%）；一般公共服务支出（增长20.0%）',
      falling: '减少最多：城乡社区支出（减少11.1%）；社会保障和就业支出（减少10.7%）',
    });
  });

  it('says nothing where nothing rose or fell', () => {
    expect(buildFunctionHighlights({ lastYearThroughMonth: 12, classes: [] }, 'en')).toEqual({
      rising: null,
      falling: null,
    });
  });
});
