import type { TreemapSeriesOption } from 'echarts/charts';
import { sampleFunctions } from '../testing/execution-fixtures';
import {
  buildFunctionTreemapChartOptions,
  functionLabel,
  hasFunctionSpending,
  treemapUnit,
} from './function-treemap-chart-options';

type Options = ReturnType<typeof buildFunctionTreemapChartOptions>;
const treemap = (options: Options) => (options.series as TreemapSeriesOption[])[0]!;
const tooltip = (options: Options, id: string) =>
  (options.tooltip as { formatter: (params: unknown) => string }).formatter({ data: { id } });

describe('functionLabel', () => {
  it('writes the code and the name in the language', () => {
    const [agriculture] = sampleFunctions().classes;
    expect(functionLabel(agriculture!, 'zh-CN')).toBe('213 农林水支出');
    expect(functionLabel(agriculture!, 'en')).toBe('213 Agriculture, forestry and water');
  });
});

describe('treemapUnit', () => {
  it('uses 万元 under 1 亿 of spending and 亿元 from 1 亿', () => {
    expect(treemapUnit(sampleFunctions())).toBe('wan');
    const [first, second] = sampleFunctions().classes;
    const large = { classes: [{ ...first!, executed: '60000000.00' }, { ...second!, executed: '40000000.00' }] };
    expect(treemapUnit(large)).toBe('yi');
    expect(treemapUnit({ classes: [{ ...first!, executed: '99999999.99' }] })).toBe('wan');
  });
});

describe('hasFunctionSpending', () => {
  it('is false when no class has positive spending (budget only, or a net reversal)', () => {
    const [first] = sampleFunctions().classes;
    expect(hasFunctionSpending({ classes: [] })).toBeFalse();
    expect(hasFunctionSpending({ classes: [{ ...first!, executed: '0.00' }, { ...first!, executed: '-1.00' }] })).toBeFalse();
    expect(hasFunctionSpending({ classes: [{ ...first!, executed: '0.01' }] })).toBeTrue();
  });
});

describe('buildFunctionTreemapChartOptions', () => {
  const options = buildFunctionTreemapChartOptions(sampleFunctions(), 'zh-CN');

  it('draws the classes with spending, largest first, each with its subclasses that spent', () => {
    expect(treemap(options).data).toEqual([
      {
        id: '213',
        name: '213 农林水支出',
        value: 90,
        children: [{ id: '21305', name: '21305 巩固脱贫攻坚成果衔接乡村振兴', value: 90 }],
      },
      { id: '201', name: '201 一般公共服务支出', value: 18, children: [{ id: '20101', name: '20101 人大事务', value: 18 }] },
    ]);
  });

  it('shows the classes first and opens a class onto its subclasses', () => {
    expect(treemap(options)).toEqual(jasmine.objectContaining({ leafDepth: 1, nodeClick: 'zoomToNode', name: '全部' }));
  });

  it('gives spending, budget and rate in the tooltip', () => {
    expect(tooltip(options, '20101')).toBe('<strong>20101 人大事务</strong><br/>支出 18.00万元<br/>预算 15.00万元<br/>执行率 120.0%');
    expect(tooltip(options, '213')).toContain('执行率 45.0%');
  });

  it('shows no rate for a node without budget', () => {
    const english = buildFunctionTreemapChartOptions(
      { classes: [{ ...sampleFunctions().classes[0]!, budget: '0.00', children: [] }] },
      'en',
    );
    expect(tooltip(english, '213')).toBe(
      '<strong>213 Agriculture, forestry and water</strong><br/>Spent 90.00 10k yuan<br/>Budget 0.00 10k yuan<br/>Execution rate —',
    );
  });
});
