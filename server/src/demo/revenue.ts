import type { BudgetTotals } from './city-spending';
import { totalsKey } from './city-spending';
import type { CsvFileWriter } from './csv-writer';
import type { Book } from './line-spec';
import { formatFen, roundToUnit, scaleFen, splitFen } from './money';
import type { Random } from './prng';
import { BUDGET_REGIONS, type DemoRegion } from './regions';
import type { FundIncome } from './social-funds';

type RevenueItem = readonly [code: string, name: string, weight: number];

/** Local tax revenue by tax (收入分类 款), weights in per cent of tax revenue. */
const TAXES: readonly RevenueItem[] = [
  ['10101', '增值税', 36],
  ['10104', '企业所得税', 14],
  ['10106', '个人所得税', 6],
  ['10109', '城市维护建设税', 8],
  ['10110', '房产税', 6],
  ['10111', '印花税', 3],
  ['10112', '城镇土地使用税', 4],
  ['10113', '土地增值税', 8],
  ['10114', '车船税', 2],
  ['10118', '耕地占用税', 3],
  ['10119', '契税', 9],
  ['10121', '环境保护税', 1],
];
const NON_TAX: readonly RevenueItem[] = [
  ['10302', '专项收入', 30],
  ['10304', '行政事业性收费收入', 20],
  ['10305', '罚没收入', 12],
  ['10307', '国有资源（资产）有偿使用收入', 30],
  ['10399', '其他收入', 8],
];
const TRANSFERS: readonly RevenueItem[] = [
  ['11001', '返还性收入', 10],
  ['11002', '一般性转移支付收入', 60],
  ['11003', '专项转移支付收入', 30],
];
const LAND: readonly RevenueItem[] = [['1030148', '国有土地使用权出让收入', 1]];
const STATE_CAPITAL: readonly RevenueItem[] = [
  ['1030601', '利润收入', 70],
  ['1030602', '股利、股息收入', 30],
];
const SOCIAL_INSURANCE: RevenueItem = ['102', '社会保险基金收入', 1];

/** Mild seasonality of collections (per mille of the year): the cumulative never strays 1 pp from time. */
const SEASON = [90, 72, 84, 88, 82, 86, 84, 78, 82, 86, 76, 92];
/** Budgets are set in 万元. */
const TEN_THOUSAND_YUAN = 1_000_000;

/** Own revenue (tax + non-tax) as a share of the GPB expenditure budget, by kind of region, in basis points. */
const OWN_SHARE_BP = { city: 7_200, district: 6_200, county: 4_500, zone: 8_500 } as const;

/** What the revenue rows add up to, per region and year: the base of 综合财力. */
export type RevenueTotals = Map<string, { budget: number; actual: number }>;

interface Stream {
  region: DemoRegion;
  book: Book;
  item: RevenueItem;
  budget2025: number;
}

/**
 * revenue rows: monthly collections per region, book and revenue code, with the annual budget on
 * every month's row. 2025 ends at 99–105 % of budget per code (REV-OUTTURN quiet); each 2026 month
 * collects 0.5–1.5 points more growth than the budget's 3–6 %, over the same month of 2025, so cumulative
 * revenue keeps pace with time (REV-PACE) and never falls below last year (REV-DECLINE); non-tax stays
 * 18–22 % of GPB own revenue in both years (REV-NONTAX). The SIF rows are the social funds' income.
 */
export function writeRevenue(
  random: Random,
  budgets: BudgetTotals,
  fundIncome: FundIncome,
  months: ReadonlyMap<number, number>,
  writer: CsvFileWriter,
): RevenueTotals {
  const totals: RevenueTotals = new Map();
  for (const region of BUDGET_REGIONS) {
    const r = random.fork('revenue', region.code);
    const budget = (book: Book) => budgets.get(totalsKey(region.code, 2025, book)) ?? 0;
    const own = scaleFen(budget('GPB'), OWN_SHARE_BP[region.budgetKind!] + r.int(-300, 300), 10_000);
    const tax = scaleFen(own, r.int(7_800, 8_200), 10_000);
    const streams: Stream[] = [];
    const add = (book: Book, items: readonly RevenueItem[], total: number) =>
      splitFen(
        total,
        items.map((i) => i[2]),
      ).forEach((part, i) =>
        streams.push({ region, book, item: items[i]!, budget2025: roundToUnit(part, TEN_THOUSAND_YUAN) }),
      );
    add('GPB', TAXES, tax);
    add('GPB', NON_TAX, own - tax);
    add('GPB', TRANSFERS, scaleFen(budget('GPB') - own, 9_500, 10_000));
    if (budget('GFB') > 0) add('GFB', LAND, scaleFen(budget('GFB'), r.int(10_200, 11_000), 10_000));
    if (budget('SCB') > 0) add('SCB', STATE_CAPITAL, scaleFen(budget('SCB'), r.int(11_000, 12_000), 10_000));
    const budgetGrowthBp = r.int(10_300, 10_600);

    for (const stream of streams) {
      const s = r.fork(stream.book, stream.item[0]);
      const actual2025 = splitFen(
        scaleFen(stream.budget2025, s.int(9_900, 10_500), 10_000),
        SEASON.map((w) => w * s.int(97, 103)),
      );
      for (const [year, lastMonth] of months) {
        const annualBudget =
          year === 2025
            ? stream.budget2025
            : roundToUnit(scaleFen(stream.budget2025, budgetGrowthBp, 10_000), TEN_THOUSAND_YUAN);
        for (let month = 1; month <= lastMonth; month++) {
          const base = actual2025[month - 1]!;
          // Collections grow a little faster than the budget did, so 2026 runs just ahead of 2025's pace.
          const actual = year === 2025 ? base : scaleFen(base, budgetGrowthBp + s.int(50, 150), 10_000);
          writeRow(writer, totals, { year, month, stream, budget: annualBudget, actual, first: month === 1 });
        }
      }
    }
    for (const [year, lastMonth] of months) {
      const income = fundIncome.get(`${region.code}|${year}`);
      if (!income) continue;
      const annual = income.reduce((a, b) => a + b, 0);
      const stream: Stream = { region, book: 'SIF', item: SOCIAL_INSURANCE, budget2025: 0 };
      // The SIF budget is set for the whole year: scale a partial year's income up to twelve months.
      const budgetFen = roundToUnit(scaleFen(annual, 12 * r.int(9_850, 10_050), lastMonth * 10_000), TEN_THOUSAND_YUAN);
      income.forEach((actual, i) =>
        writeRow(writer, totals, { year, month: i + 1, stream, budget: budgetFen, actual, first: i === 0 }),
      );
    }
  }
  return totals;
}

function writeRow(
  writer: CsvFileWriter,
  totals: RevenueTotals,
  row: { year: number; month: number; stream: Stream; budget: number; actual: number; first: boolean },
): void {
  const { stream } = row;
  writer.row([
    String(row.year),
    String(row.month),
    stream.region.code,
    stream.book,
    stream.item[0],
    stream.item[1],
    formatFen(row.budget),
    formatFen(row.actual),
  ]);
  if (stream.book === 'SIF') return;
  const key = `${stream.region.code}|${row.year}`;
  const total = totals.get(key) ?? { budget: 0, actual: 0 };
  if (row.first) total.budget += row.budget;
  total.actual += row.actual;
  totals.set(key, total);
}
