import { buildDebtRegionRows, monthEnd } from './debt-region-rows';
import { samplePositions } from './testing/debt-fixtures';

describe('buildDebtRegionRows', () => {
  it('lists each region then the total, amounts in 万元 with exact yuan on hover', () => {
    const rows = buildDebtRegionRows(samplePositions(), 'zh-CN');
    expect(rows.map((row) => row.regionName)).toEqual(['临江市', '临江经济技术开发区', '合计（含下级）']);
    expect(rows[0]!.generalBalance).toEqual({ text: '2,500,000.00', exact: '25,000,000,000.00 元', overLimit: false });
    expect(rows[1]!.generalLimit).toEqual({ text: '—', exact: '' });
    expect(rows[1]!.specialBalance.overLimit).toBeTrue();
    expect(rows[2]!.total).toBeTrue();
    expect(rows[2]!.capacity.source).toBe('报送数与推算数合计');
  });

  it('gives each ratio truncated with the rung it reaches', () => {
    const zone = buildDebtRegionRows(samplePositions(), 'zh-CN')[1]!;
    expect(zone.ratios.debtRatio).toEqual({ text: '137.00%', severity: 'red' });
    expect(zone.ratios.overdueRatio).toEqual({ text: '29.99%', severity: 'orange' });
  });

  it('has no total row for a region without sub-regions', () => {
    const positions = samplePositions();
    positions.regions = positions.regions.slice(0, 1);
    expect(buildDebtRegionRows(positions, 'en').map((row) => row.regionName)).toEqual(['临江市']);
  });
});

describe('monthEnd', () => {
  it('names the month end in either language', () => {
    expect(monthEnd('2026-10', 'zh-CN')).toBe('2026年10月末');
    expect(monthEnd('2026-03', 'en')).toBe('end of 3/2026');
    expect(monthEnd(null, 'en')).toBe('—');
  });
});
