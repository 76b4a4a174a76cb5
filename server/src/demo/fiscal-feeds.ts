import { buildBondPortfolio } from './bond-portfolio';
import { writeBondProjects } from './bond-projects';
import { totalsKey, type BudgetTotals } from './city-spending';
import type { CsvFileWriter } from './csv-writer';
import { periodsThrough, writeDebtFeeds } from './debt-feeds';
import type { DemoFeed } from './feed-headers';
import type { DemoAgency } from './line-spec';
import { formatFen } from './money';
import type { Random } from './prng';
import { BUDGET_REGIONS } from './regions';
import { writeRevenue } from './revenue';
import { writeSocialFunds } from './social-funds';
import { writeSoeFinancials } from './soe';

export interface FiscalInput {
  random: Random;
  budgets: BudgetTotals;
  agencies: readonly DemoAgency[];
  asOf: string;
  years: readonly number[];
}

/**
 * The monthly and annual feeds around the budget: social funds, revenue, 综合财力, government debt
 * (limits, balances, bonds, bond projects) and SOE accounts. Monthly feeds run to the last month closed
 * before the as-of date (October 2026 for 2026-11-20). 综合财力 is the revenue of GPB (incl. transfers),
 * GFB and SCB: what was collected in a completed year, the budget of the current one.
 */
export function writeFiscalFeeds(input: FiscalInput, writers: Readonly<Record<DemoFeed, CsvFileWriter>>): void {
  const asOfYear = Number(input.asOf.slice(0, 4));
  const lastClosedMonth = Number(input.asOf.slice(5, 7)) - 1;
  const months = new Map(input.years.map((year) => [year, year < asOfYear ? 12 : lastClosedMonth]));
  const lastPeriod = `${asOfYear}-${String(lastClosedMonth).padStart(2, '0')}`;

  const fundIncome = writeSocialFunds(
    input.random.fork('social-funds'),
    (regionCode) => input.budgets.get(totalsKey(regionCode, input.years[0]!, 'GPB')) ?? 0,
    months,
    writers.social_funds,
  );
  const revenue = writeRevenue(input.random.fork('revenue'), input.budgets, fundIncome, months, writers.revenue);

  const capacity2025 = new Map<string, number>();
  for (const year of input.years) {
    for (const region of BUDGET_REGIONS) {
      const totals = revenue.get(`${region.code}|${year}`)!;
      const amount = year < asOfYear ? totals.actual : totals.budget;
      if (year === input.years[0]) capacity2025.set(region.code, amount);
      writers.fiscal_capacity.row([String(year), region.code, formatFen(amount)]);
    }
  }

  const bonds = buildBondPortfolio(input.random.fork('bonds'), capacity2025, `${lastPeriod}-31`);
  writeDebtFeeds(input.random.fork('debt'), bonds, periodsThrough(input.years[0]!, lastPeriod), {
    limits: writers.debt_limits,
    balances: writers.debt_balances,
    bonds: writers.bonds,
  });
  writeBondProjects(input.random.fork('bond-projects'), bonds, input.agencies, lastPeriod, writers.bond_projects);
  writeSoeFinancials(input.random.fork('soe'), writers.soe_financials);
}
