import { buildReliabilityCards } from './reliability-views';
import { sampleReliability } from './testing/review-fixtures';

describe('buildReliabilityCards', () => {
  it('gives each indicator its letter, figure and meaning in one sentence', () => {
    const cards = buildReliabilityCards(sampleReliability(), 'zh-CN');
    expect(cards.map((c) => [c.key, c.score, c.figure, c.meaning])).toEqual([
      ['pi1', 'B', '2025年实际支出是年初预算的92.1%', '实际支出在年初预算的90%到110%之间，预算总额基本可靠。'],
      ['pi2', 'A', '2025年各领域支出与预算安排的偏离度为4.0%', '偏离不超过5%，各领域的钱基本按预算安排使用。'],
      ['pi3', 'A', '2025年本级收入完成数是预算的100.8%', '收入完成数在预算的97%到106%之间，收入预测准确。'],
    ]);
    expect(cards[1]!.notes).toEqual(['变化最大的领域：教育支出、城乡社区支出。', '预备费和债务付息不计入。']);
    expect(cards[0]!.scoreText).toBe('B级');
  });

  it('quotes the widest band for a D', () => {
    const review = sampleReliability({
      aggregateExpenditure: { fiscalYear: 2025, budget: '100.00', actual: '80.00', outturn: '0.800000', score: 'D' },
      composition: null,
      aggregateRevenue: null,
    });
    const [card] = buildReliabilityCards(review, 'en');
    expect(card!.meaning).toBe('Outside 85% to 115% of the budget: budget and spending are far apart.');
    expect(card!.scoreText).toBe('Score D');
  });

  it('has no card without a completed year', () => {
    expect(
      buildReliabilityCards(
        sampleReliability({ aggregateExpenditure: null, composition: null, aggregateRevenue: null }),
        'zh-CN',
      ),
    ).toEqual([]);
  });
});
