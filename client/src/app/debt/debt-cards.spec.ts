import { buildBalanceCard, buildRatioCards, usage } from './debt-cards';
import { samplePositions } from './testing/debt-fixtures';

describe('usage', () => {
  it('is balance / limit truncated to six decimals, null for a zero limit', () => {
    expect(usage('2.00', '3.00')).toBe('0.666666');
    expect(usage('300.01', '300.01')).toBe('1.000000');
    expect(usage('5', '0.00')).toBeNull();
  });
});

describe('buildBalanceCard', () => {
  it('gives the balance by type, the limit used and the regions over their limit', () => {
    const card = buildBalanceCard(samplePositions(), 'zh-CN');
    expect(card.value).toBe('643.70亿元');
    expect(card.detail).toBe('一般债务 250.00亿元 · 专项债务 393.70亿元');
    expect(card.limit).toBe('债务限额 732.00亿元，使用 87.9%');
    expect(card.overLimit).toBe(1);
    expect(card.status).toEqual({ label: '1个区划超限额', color: 'red' });
  });

  it('says so when no limit is loaded and every region is within its own', () => {
    const positions = samplePositions();
    positions.total.limit = null;
    positions.regions = positions.regions.slice(0, 1);
    const card = buildBalanceCard(positions, 'en');
    expect(card.limit).toBe('No debt limit loaded');
    expect(card.status).toEqual({ label: 'All within their limits', color: 'success' });
  });
});

describe('buildRatioCards', () => {
  it('gives the four ratios of the total with their lines and standing', () => {
    const positions = samplePositions();
    positions.total.overdueRatio = { value: '0.500000', severity: 'red' };
    positions.total.interestRatio = { value: null, severity: null };
    const cards = buildRatioCards(positions, 'zh-CN');
    expect(cards.map((card) => card.key)).toEqual(['debtRatio', 'serviceRatio', 'interestRatio', 'overdueRatio']);
    expect(cards[0]).toEqual(
      jasmine.objectContaining({
        title: '债务率',
        value: '70.73%',
        severity: null,
        status: { label: '未达警戒线', color: 'success' },
        lines: '预警线：橙 ≥ 100% · 红 ≥ 120%',
        ruleCode: 'DEBT-RATIO',
      }),
    );
    expect(cards[2]!.value).toBe('—');
    expect(cards[2]!.status).toEqual({ label: '无法计算', color: 'default' });
    expect(cards[3]!.status).toEqual({ label: '红色', color: 'red' });
    expect(cards[3]!.lines).toBe('预警线：黄 ≥ 10% · 橙 ≥ 20% · 红 ≥ 50%');
  });

  it('speaks English', () => {
    const [debtRatio] = buildRatioCards(samplePositions(), 'en');
    expect(debtRatio!.title).toBe('Debt ratio');
    expect(debtRatio!.lines).toBe('Warning lines: orange ≥ 100% · red ≥ 120%');
  });
});
