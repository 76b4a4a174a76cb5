import { buildDebtView, buildStateAssetView, lineText } from './position-views';
import { samplePositions } from './testing/review-fixtures';

const debt = samplePositions().debt!;

describe('buildDebtView', () => {
  it('gives limit, balance and capacity as tiles with their notes', () => {
    const { tiles } = buildDebtView(debt, 'zh-CN');
    expect(tiles.map((t) => [t.key, t.value, t.note])).toEqual([
      ['limit', '350.00亿元', '上级核定的借债上限'],
      ['balance', '270.00亿元', '截至2026年3月，余额占限额的77.1%'],
      ['capacity', '226.00亿元', '部分地区按收入数据推算'],
    ]);
  });

  it('draws the debt ratio against the 100 % line: under, at and over', () => {
    const at = (debtRatio: string) => buildDebtView({ ...debt, debtRatio }, 'zh-CN').ratio!;
    expect([at('0.999999').over, at('0.999999').text]).toEqual([false, '低于100%的警戒线']);
    expect([at('1').over, at('1').text]).toEqual([true, '已达到或超过100%的警戒线']);
    expect(at('1.000001').over).toBeTrue();
    expect(at('1.194690').value).toBe('119.5%');
    // The bar spans 0–150 % of the line.
    expect(at('0.75').fill).toBeCloseTo(50, 6);
    expect(at('1').line).toBeCloseTo(66.666667, 5);
    expect(at('3').fill).toBe(100);
  });

  it('has no meter without a ratio', () => {
    expect(
      buildDebtView({ ...debt, debtRatio: null, fiscalCapacity: null, capacitySource: null }, 'en').ratio,
    ).toBeNull();
  });
});

describe('buildStateAssetView', () => {
  it('gives the enterprises’ figures and counts', () => {
    const view = buildStateAssetView(samplePositions().stateAssets!, 'zh-CN');
    expect(view.period).toBe('2025年度财务数据');
    expect(view.tiles.map((t) => [t.key, t.value])).toEqual([
      ['enterprises', '3户'],
      ['assets', '400.00亿元'],
      ['leverage', '68.8%'],
      ['profit', '4.60亿元'],
      ['over-line', '2户'],
      ['loss-making', '1户'],
    ]);
    expect(view.tiles[3]!.note).toBe('净利润3.08亿元');
  });
});

describe('lineText', () => {
  it('drops a zero decimal', () => {
    expect(lineText('1')).toBe('100%');
    expect(lineText('0.65')).toBe('65%');
    expect(lineText('0.925')).toBe('92.5%');
  });
});
