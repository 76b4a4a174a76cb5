import { sampleFreshness } from '../testing/ingest-fixtures';
import { buildFreshnessRows, countStaleFeeds } from './feed-freshness-rows';

describe('buildFreshnessRows', () => {
  it('shows a feed loaded today in green with its source', () => {
    const [regions] = buildFreshnessRows(sampleFreshness(), 'zh-CN');
    expect(regions).toEqual(
      jasmine.objectContaining({ name: '行政区划', rows: '12', source: { label: '演示数据', color: 'default' }, fileName: 'regions.csv', staleness: 'fresh' }),
    );
    expect(regions!.age).toEqual({ label: '今天', color: 'success' });
    expect(regions!.lastFailure).toBeNull();
  });

  it('highlights a feed not updated for over seven days and shows its last failure', () => {
    const payments = buildFreshnessRows(sampleFreshness(), 'en')[1]!;
    expect(payments.rows).toBe('1,234,567');
    expect(payments.staleness).toBe('stale');
    expect(payments.age).toEqual({ label: '10 days without update', color: 'warning' });
    expect(payments.lastFailure).not.toBeNull();
  });

  it('marks a feed never loaded in red, with dashes for what it lacks', () => {
    const bonds = buildFreshnessRows(sampleFreshness(), 'zh-CN')[2]!;
    expect(bonds.age).toEqual({ label: '从未导入', color: 'error' });
    expect(bonds.lastLoad).toBe('—');
    expect(bonds.source).toBeNull();
    expect(bonds.fileName).toBe('—');
  });

  it('shows a dash rather than 0 rows for a loaded feed whose table is not analysed yet', () => {
    const [loaded, never] = buildFreshnessRows([{ ...sampleFreshness()[0]!, rows: 0 }, sampleFreshness()[2]!], 'zh-CN');
    expect(loaded!.rows).toBe('—');
    expect(never!.rows).toBe('0');
  });

  it('counts days for a recent load', () => {
    const [row] = buildFreshnessRows([{ ...sampleFreshness()[0]!, daysSince: 7 }], 'zh-CN');
    expect(row!.age).toEqual({ label: '7 天前', color: 'success' });
  });
});

describe('countStaleFeeds', () => {
  it('counts stale and never-loaded feeds apart', () => {
    expect(countStaleFeeds(sampleFreshness())).toEqual({ stale: 1, never: 1 });
    expect(countStaleFeeds([])).toEqual({ stale: 0, never: 0 });
  });
});
