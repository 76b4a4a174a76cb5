import type { CsvFileWriter } from './csv-writer';
import { formatFen, roundToUnit, scaleFen } from './money';
import type { Random } from './prng';
import { CITY_CODE, DEBT_REGIONS } from './regions';

/** The five fund types of FEEDS.md and their monthly spending as a share of the region's GPB budget (basis points of a month). */
const FUND_TYPES: readonly { name: string; cityBp: number; countyBp: number }[] = [
  { name: '企业职工基本养老保险', cityBp: 3_000, countyBp: 1_200 },
  { name: '城乡居民基本养老保险', cityBp: 250, countyBp: 450 },
  { name: '职工基本医疗保险', cityBp: 1_100, countyBp: 700 },
  { name: '失业保险', cityBp: 90, countyBp: 60 },
  { name: '工伤保险', cityBp: 70, countyBp: 50 },
];

/** Monthly fund income in fen by `${regionCode}|${year}` → 12 (or fewer) months, for the SIF revenue rows. */
export type FundIncome = Map<string, number[]>;

/**
 * social_funds rows: per region (city and its districts and counties, 市级统筹 for the zone), fund type
 * and month. Income exceeds expenditure every month (by 3–15 %), so year-to-date income never falls
 * behind (SIF-DEFICIT), and the opening balance covers 16–30 months of spending, so the months payable
 * stay far above 12 (SIF-MONTHS).
 */
export function writeSocialFunds(
  random: Random,
  gpbBudget2025: (regionCode: string) => number,
  months: ReadonlyMap<number, number>,
  writer: CsvFileWriter,
): FundIncome {
  const income: FundIncome = new Map();
  for (const region of DEBT_REGIONS) {
    const base = gpbBudget2025(region.code);
    for (const fund of FUND_TYPES) {
      const r = random.fork('fund', region.code, fund.name);
      const monthlyBp = (region.code === CITY_CODE ? fund.cityBp : fund.countyBp) * r.between(0.8, 1.2);
      const monthly = roundToUnit(scaleFen(base, Math.round(monthlyBp), 12 * 10_000), 1_000_000);
      const coverBp = r.int(10_300, 11_500);
      let balance = monthly * r.int(16, 30);
      for (const [year, lastMonth] of months) {
        const growthBp = 10_000 + (year - 2025) * r.int(300, 600);
        const series = income.get(`${region.code}|${year}`) ?? new Array<number>(lastMonth).fill(0);
        for (let month = 1; month <= lastMonth; month++) {
          const spent = scaleFen(monthly, growthBp * r.int(9_500, 10_500), 100_000_000);
          const received = scaleFen(spent, coverBp + r.int(-150, 150), 10_000);
          balance += received - spent;
          series[month - 1]! += received;
          writer.row([
            String(year),
            String(month),
            region.code,
            fund.name,
            formatFen(received),
            formatFen(spent),
            formatFen(balance),
          ]);
        }
        income.set(`${region.code}|${year}`, series);
      }
    }
  }
  return income;
}
