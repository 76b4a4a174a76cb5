import type { BarSeriesOption } from 'echarts/charts';
import { sampleAgency, sampleRanking } from '../testing/execution-fixtures';
import {
  buildAgencyRankingChartOptions,
  chartedAgencies,
  lagText,
  rankingChartHeight,
} from './agency-ranking-chart-options';

type Options = ReturnType<typeof buildAgencyRankingChartOptions>;
const bars = (options: Options) => (options.series as BarSeriesOption[])[0]!;
const tooltip = (options: Options, dataIndex: number) =>
  (options.tooltip as { formatter: (params: unknown) => string }).formatter({ dataIndex });

describe('chartedAgencies', () => {
  it('keeps the API’s order (most behind first) and leaves out agencies without a rate', () => {
    expect(chartedAgencies(sampleRanking()).map((agency) => agency.agencyCode)).toEqual(['390112901', '390100301']);
  });

  it('stops at the limit, just under, at and over it', () => {
    const ranking = sampleRanking({
      agencies: Array.from({ length: 21 }, (_, index) => sampleAgency({ agencyCode: `A${index}` })),
    });
    expect(chartedAgencies(ranking, 22)).toHaveSize(21);
    expect(chartedAgencies(ranking, 21)).toHaveSize(21);
    expect(chartedAgencies(ranking)).toHaveSize(20);
    expect(chartedAgencies(ranking)[19]!.agencyCode).toBe('A19');
  });
});

describe('rankingChartHeight', () => {
  it('keeps a minimum height for few bars and grows a row per bar', () => {
    expect(rankingChartHeight(1)).toBe(200);
    expect(rankingChartHeight(20)).toBe(72 + 28 * 20);
  });
});

describe('lagText', () => {
  it('says behind for a positive lag and ahead for a negative one, in points', () => {
    expect(lagText('0.437671', 'zh-CN')).toBe('慢于序时进度 43.8 个百分点');
    expect(lagText('-0.031328', 'en')).toBe('3.1 pp ahead of time progress');
    expect(lagText('0', 'en')).toBe('0.0 pp behind time progress');
  });
});

describe('buildAgencyRankingChartOptions', () => {
  it('draws one horizontal bar per ranked agency, the most behind at the top', () => {
    const options = buildAgencyRankingChartOptions(sampleRanking(), 'zh-CN');
    expect(options.yAxis).toEqual(
      jasmine.objectContaining({ type: 'category', inverse: true, data: ['青岚区乡村振兴服务中心', '临江市教育局'] }),
    );
    expect(bars(options).data).toEqual([45, 91.9]);
  });

  it('draws time progress as a dashed vertical line, labelled in the language', () => {
    const markLine = bars(buildAgencyRankingChartOptions(sampleRanking(), 'en')).markLine!;
    expect(markLine.data).toEqual([{ xAxis: 88.77 }]);
    expect((markLine.label as { formatter: string }).formatter).toBe('Time progress 88.8%');
    expect(markLine.lineStyle).toEqual(jasmine.objectContaining({ type: 'dashed' }));
  });

  it('has no line without time progress (no payment yet)', () => {
    const options = buildAgencyRankingChartOptions(sampleRanking({ timeProgress: null, asOf: null }), 'zh-CN');
    expect(bars(options).markLine).toBeUndefined();
  });

  it('widens the axis past 100 % for an agency that overspent', () => {
    const ranking = sampleRanking({ agencies: [sampleAgency({ executionRate: '1.234000', lag: '-0.346329' })] });
    expect(buildAgencyRankingChartOptions(ranking, 'zh-CN').xAxis).toEqual(jasmine.objectContaining({ max: 130 }));
  });

  it('explains a bar in its tooltip, names escaped', () => {
    const ranking = sampleRanking({ agencies: [sampleAgency({ agencyName: '<b>中心</b>' })] });
    const text = tooltip(buildAgencyRankingChartOptions(ranking, 'zh-CN'), 0);
    expect(text).toBe('<strong>&lt;b&gt;中心&lt;/b&gt;</strong><br/>青岚区<br/>执行率 45.0%<br/>慢于序时进度 43.8 个百分点');
  });
});
