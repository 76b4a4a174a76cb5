import { sampleOverview } from '../testing/overview-fixtures';
import { buildOverviewTableRows } from './overview-table-rows';

describe('buildOverviewTableRows', () => {
  it('shows exact yuan with two decimals and separators', () => {
    const [gpb, , , sif] = buildOverviewTableRows(sampleOverview(), 'zh-CN');
    expect(gpb?.budget).toBe('12,345,678,901.23');
    expect(gpb?.executed).toBe('5,678,901,234.56');
    expect(sif?.budget).toBe('4,500,000,000.10');
    expect(sif?.executed).toBe('2,400,000,000.05');
  });

  it('shows rates with two decimals and a dash where there is no budget', () => {
    const [gpb, , scb] = buildOverviewTableRows(sampleOverview(), 'zh-CN');
    expect(gpb?.executionRate).toBe('46.00%');
    expect(gpb?.revenueRate).toBe('52.04%');
    expect(scb?.executionRate).toBe('—');
    expect(scb?.budget).toBe('0.00');
  });

  it('names books in the chosen language, in API order', () => {
    expect(buildOverviewTableRows(sampleOverview(), 'en').map((row) => row.name)).toEqual([
      'General public budget',
      'Government fund budget',
      'State capital operation budget',
      'Social insurance fund budget',
    ]);
  });
});
