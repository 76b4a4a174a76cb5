import type { BudgetTotals } from './city-spending';
import type { CsvFileWriter } from './csv-writer';
import type { Book } from './line-spec';
import { formatFen, roundToUnit, scaleFen, splitFen } from './money';
import { budgetOf } from './planted-budgets';
import type { PlantedAlert } from './planted-manifest';

/** Revenue budgets are set in 万元. */
const TEN_THOUSAND_YUAN = 1_000_000;
const FUND_TYPE = '机关事业单位基本养老保险';

/**
 * Planted revenue and social-fund cases, each in a region of its own. Revenue streams use codes the
 * region's base rows do not (no natural key is written twice) and are sized from the region's
 * expenditure budget with wide margins, so they cross their rule's line for any seed. A sixth social
 * insurance fund (机关事业单位基本养老保险) carries the SIF cases.
 */
export const FISCAL_ALERTS: readonly PlantedAlert[] = [
  // 望江区 2025 GFB: a 政府住房基金 budget collected at 10 % pulls own GFB revenue to ~75 % of budget.
  { rule: 'REV-OUTTURN', entityKey: '390103/GFB', severity: 'red' },
  // 新港区 2026 GFB: the same fund budgeted again and hardly collected, ~25 pp behind time progress.
  { rule: 'REV-PACE', entityKey: '390105/GFB', severity: 'yellow' },
  // 清溪县 2026: one-off 国有资本经营收入 (asset sales) lifts non-tax revenue to ~40 % of GPB revenue.
  { rule: 'REV-NONTAX', entityKey: '390121', severity: 'yellow' },
  // 南屏县 2025: a one-off 资源税 from a mining-rights auction; 2026 falls ~15 % below it.
  { rule: 'REV-DECLINE', entityKey: '390122', severity: 'red' },
  // 清溪县: 2026 contributions below benefits, year to date.
  { rule: 'SIF-DEFICIT', entityKey: `390121/${FUND_TYPE}`, severity: 'yellow' },
  // 南屏县 and 新港区: the fund's reserve moved to the provincial pool in January 2026 (省级统筹上解),
  // leaving ~3.5 and ~7.5 months of benefits.
  { rule: 'SIF-MONTHS', entityKey: `390122/${FUND_TYPE}`, severity: 'red' },
  { rule: 'SIF-MONTHS', entityKey: `390105/${FUND_TYPE}`, severity: 'yellow' },
];

interface Stream {
  year: number;
  months: number;
  region: string;
  book: Book;
  code: string;
  name: string;
  budgetFen: number;
  actualFen: number;
}

function writeStream(writer: CsvFileWriter, s: Stream): void {
  const budget = roundToUnit(s.budgetFen, TEN_THOUSAND_YUAN);
  const monthly = splitFen(s.actualFen, new Array<number>(s.months).fill(1));
  monthly.forEach((actual, i) =>
    writer.row([String(s.year), String(i + 1), s.region, s.book, s.code, s.name, formatFen(budget), formatFen(actual)]),
  );
}

/** Writes the planted revenue rows; `months` = months loaded per year (12 for 2025, 10 for 2026). */
export function writePlantedRevenue(
  budgets: BudgetTotals,
  months: ReadonlyMap<number, number>,
  writer: CsvFileWriter,
): void {
  const spend = (region: string, year: number, book: Book) => budgetOf(budgets, region, year, book);
  const housingFund = { code: '10309', name: '政府住房基金收入', book: 'GFB' as const };

  // REV-OUTTURN: land revenue is budgeted at 102–110 % of GFB spending and collected at 99–105 %.
  const outturnBudget = scaleFen(spend('390103', 2025, 'GFB'), 45, 100);
  writeStream(writer, {
    ...housingFund,
    year: 2025,
    months: months.get(2025)!,
    region: '390103',
    budgetFen: outturnBudget,
    actualFen: roundToUnit(scaleFen(outturnBudget, 10, 100), 100),
  });

  const paceBudget = scaleFen(spend('390105', 2026, 'GFB'), 60, 100);
  writeStream(writer, {
    ...housingFund,
    year: 2026,
    months: months.get(2026)!,
    region: '390105',
    budgetFen: paceBudget,
    actualFen: roundToUnit(scaleFen(paceBudget, 5, 100), 100),
  });

  // Own GPB revenue is ~45 % of a county's GPB spending; 15 % more in non-tax turns ~20 % into ~40 %.
  const assetSales = roundToUnit(scaleFen(spend('390121', 2025, 'GPB'), 15, 100), 100);
  writeStream(writer, {
    year: 2026,
    months: months.get(2026)!,
    region: '390121',
    book: 'GPB',
    code: '10306',
    name: '国有资本经营收入',
    budgetFen: assetSales,
    actualFen: assetSales,
  });

  const miningRights = roundToUnit(scaleFen(spend('390122', 2025, 'GPB'), 12, 100), TEN_THOUSAND_YUAN);
  writeStream(writer, {
    year: 2025,
    months: months.get(2025)!,
    region: '390122',
    book: 'GPB',
    code: '10107',
    name: '资源税',
    budgetFen: miningRights,
    actualFen: miningRights,
  });
}

/** Writes the sixth fund's months: income over spending except where a case says otherwise. */
export function writePlantedSocialFunds(
  budgets: BudgetTotals,
  months: ReadonlyMap<number, number>,
  writer: CsvFileWriter,
): void {
  const cases = [
    // region, 2026 income per 100 of spending, months of reserve before / after January 2026
    { region: '390121', cover2026: 93, reserve: 24, pooled: null },
    { region: '390122', cover2026: 104, reserve: 20, pooled: 3 },
    { region: '390105', cover2026: 104, reserve: 20, pooled: 7 },
  ] as const;
  for (const c of cases) {
    const spent = roundToUnit(scaleFen(budgetOf(budgets, c.region, 2025, 'GPB'), 1, 100), 10_000 * 100);
    let balance = spent * c.reserve;
    for (const [year, last] of months) {
      for (let month = 1; month <= last; month++) {
        const expenditure = year === 2025 ? spent : scaleFen(spent, 104, 100);
        const income = scaleFen(expenditure, year === 2025 ? 106 : c.cover2026, 100);
        if (year === 2026 && month === 1 && c.pooled !== null) balance = expenditure * c.pooled;
        balance += income - expenditure;
        writer.row([
          String(year),
          String(month),
          c.region,
          FUND_TYPE,
          formatFen(income),
          formatFen(expenditure),
          formatFen(balance),
        ]);
      }
    }
  }
}
