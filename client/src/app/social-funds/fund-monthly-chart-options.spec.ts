import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { sampleMonthly } from './testing/social-funds-fixtures';
import { buildFundMonthlyChartOptions, hasFundMonths } from './fund-monthly-chart-options';

const series = (options: ReturnType<typeof buildFundMonthlyChartOptions>) =>
  options.series as (BarSeriesOption | LineSeriesOption)[];

describe('buildFundMonthlyChartOptions', () => {
  it('draws income and expenditure as bars, with gaps for months not loaded', () => {
    const [income, expenditure] = series(buildFundMonthlyChartOptions(sampleMonthly(), 'zh-CN'));
    expect([income!.name, expenditure!.name]).toEqual(['本月收入', '本月支出']);
    expect(income!.data!.slice(9)).toEqual([12.89, null, null]);
    expect(expenditure!.data![0]).toBe(11.96);
  });

  it('draws the balance as a line on its own axis and unit', () => {
    const options = buildFundMonthlyChartOptions(sampleMonthly(), 'en');
    const balance = series(options)[2] as LineSeriesOption;
    expect(balance.yAxisIndex).toBe(1);
    expect(balance.data![0]).toBe(216.65);
    expect((options.yAxis as { name: string }[]).map((axis) => axis.name)).toEqual([
      'In and out (100M yuan)',
      'Reserve (100M yuan)',
    ]);
  });

  it('uses 万元 for a small fund', () => {
    const small = sampleMonthly();
    small.months = small.months.map((month) => ({
      ...month,
      income: month.income && '300.00',
      expenditure: month.expenditure && '300.00',
      balance: month.balance && '3000.00',
    }));
    const options = buildFundMonthlyChartOptions(small, 'zh-CN');
    expect((options.yAxis as { name: string }[])[0]!.name).toBe('收支（万元）');
    expect(series(options)[0]!.data![0]).toBe(0.03);
  });
});

describe('hasFundMonths', () => {
  it('is false for a fund without any month this year', () => {
    const empty = sampleMonthly();
    empty.months = empty.months.map((month) => ({ ...month, income: null, expenditure: null, balance: null }));
    expect(hasFundMonths(empty)).toBeFalse();
    expect(hasFundMonths(sampleMonthly())).toBeTrue();
  });
});
