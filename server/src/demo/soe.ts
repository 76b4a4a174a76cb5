import type { CsvFileWriter } from './csv-writer';
import { formatFen, scaleFen } from './money';
import type { Random } from './prng';
import { SOE_CATALOG } from './soe-catalog';
import { unifiedSocialCreditCode } from './uscc';

const YI_FEN = 10_000_000_000;

/** Reporting periods: two annual reports and the 2026 quarters closed by the as-of date; flows are year to date. */
const PERIODS = [
  { period: '2024', growthBp: 10_000, yearShareBp: 10_000, year: 2024 },
  { period: '2025', growthBp: 10_500, yearShareBp: 10_000, year: 2025 },
  { period: '2026-Q1', growthBp: 10_620, yearShareBp: 2_400, year: 2026 },
  { period: '2026-Q2', growthBp: 10_740, yearShareBp: 4_900, year: 2026 },
  { period: '2026-Q3', growthBp: 10_860, yearShareBp: 7_400, year: 2026 },
] as const;

/**
 * soe_financials: twenty enterprises with realistic balance sheets. Assets grow every period while
 * leverage edges down, so owner equity and state capital never fall (SOE-PRESERVE); leverage starts at
 * 40–57 % for industrial and 48–63 % for other enterprises, under the 65 / 70 % warning lines
 * (SOE-LEVERAGE). One tourism group lost money in 2024 and recovered in 2025 — one loss, never two in
 * a row (SOE-LOSS). State capital revenue due is 20–30 % of net profit (nothing in a loss year), paid
 * 97–100 % (SOE-DIVIDEND); quarters are prepaid year to date (按季预缴).
 */
export function writeSoeFinancials(random: Random, writer: CsvFileWriter): void {
  for (const soe of SOE_CATALOG) {
    const r = random.fork('soe', soe.name);
    const code = unifiedSocialCreditCode(soe.regionCode, r);
    const assets2024 = Math.round(soe.assets * r.between(0.95, 1.05) * 100) * (YI_FEN / 100);
    const leverageBp = soe.industrial ? r.int(4_000, 5_700) : r.int(4_800, 6_300);
    const stateShareBp = r.int(8_500, 10_000);
    const turnoverBp = soe.industrial ? r.int(4_000, 9_000) : r.int(500, 2_500);
    const marginBp = r.int(200, 1_000);
    const dividendBp = r.int(2_000, 3_000);
    const lossIn2024 = soe.name === '临江文化旅游发展集团有限公司';

    PERIODS.forEach((p, index) => {
      const assets = scaleFen(assets2024, p.growthBp, 10_000);
      const liabilities = scaleFen(assets, leverageBp - 40 * index, 10_000);
      const equity = assets - liabilities;
      const stateCapital = scaleFen(equity, stateShareBp, 10_000);
      const annualRevenue = scaleFen(scaleFen(assets2024, turnoverBp, 10_000), 10_000 + (p.year - 2024) * 400, 10_000);
      const revenue = scaleFen(annualRevenue, p.yearShareBp, 10_000);
      const profitBp = lossIn2024 && p.year === 2024 ? -r.int(150, 400) : marginBp;
      const totalProfit = scaleFen(revenue, profitBp, 10_000);
      // 25 % enterprise income tax on a profit; a loss carries no tax.
      const netProfit = totalProfit > 0 ? scaleFen(totalProfit, 7_500, 10_000) : totalProfit;
      const due = netProfit > 0 ? scaleFen(netProfit, dividendBp, 10_000) : 0;
      const paid = scaleFen(due, r.int(9_700, 10_000), 10_000);
      writer.row([
        code,
        soe.name,
        soe.regionCode,
        soe.supervisor,
        soe.industrial ? 'industrial' : 'non_industrial',
        p.period,
        formatFen(assets),
        formatFen(liabilities),
        formatFen(equity),
        formatFen(stateCapital),
        formatFen(revenue),
        formatFen(totalProfit),
        formatFen(netProfit),
        formatFen(due),
        formatFen(paid),
      ]);
    });
  }
}
