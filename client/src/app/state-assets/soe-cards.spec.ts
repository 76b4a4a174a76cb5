import { buildSoeCards } from './soe-cards';
import { sampleStateAssets } from './testing/state-assets-fixtures';

describe('buildSoeCards', () => {
  it('sums up the enterprises against the SOE rules’ lines', () => {
    const cards = buildSoeCards(sampleStateAssets(), 'zh-CN');
    expect(cards.map((card) => card.key)).toEqual(['assets', 'leverage', 'loss', 'preservation', 'dividends']);
    expect(cards[0]).toEqual(
      jasmine.objectContaining({
        value: '280.00亿元',
        detail: '负债总额 170.30亿元，资产负债率 60.82%',
        note: '企业户数 4 户',
        status: null,
      }),
    );
    expect(cards[1]).toEqual(
      jasmine.objectContaining({
        value: '2 户',
        detail: '达到重点监管线 1 户，达到警戒线 1 户',
        note: '工业 65% / 70%，非工业 70% / 75%',
        status: { label: '2 户', color: 'red' },
      }),
    );
    expect(cards[2]!.detail).toBe('其中连续2年及以上亏损 1 户');
    expect(cards[2]!.status).toEqual({ label: '1 户', color: 'orange' });
    expect(cards[3]).toEqual(
      jasmine.objectContaining({
        value: '99.80%',
        detail: '低于100%的企业 1 户',
        status: { label: '1 户', color: 'gold' },
      }),
    );
    expect(cards[4]).toEqual(
      jasmine.objectContaining({
        value: '78.66%',
        detail: '应交 1.50亿元，实交 1.18亿元',
        note: '欠缴超过5%的企业 1 户',
      }),
    );
  });

  it('marks a clear card and a leverage card with warnings only in the warning colour', () => {
    const data = sampleStateAssets();
    data.summary = { ...data.summary, overKeyLine: 0, underpaid: 0 };
    const cards = buildSoeCards(data, 'en');
    expect(cards[1]!.status).toEqual({ label: '1', color: 'gold' });
    expect(cards[4]!.status).toEqual({ label: 'None', color: 'success' });
  });
});
