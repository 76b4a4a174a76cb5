/**
 * Planted cases (预警示例): a small number of deliberate rows written after the quiet base data, so
 * that every rule of shared/RULES.md that files can carry fires on exactly one or a few known entities
 * at the demo's as-of date — the dashboard has something to show, and demo-planted.test.ts checks
 * that each planted case is found with its severity and that nothing else is flagged.
 *
 * Each case lives on an entity of its own where the feed allows it (agencies 901–911 of 青岚区, five
 * enterprises, a sixth social insurance fund, revenue codes a region does not otherwise use, the
 * development zone's own debt), and is kept inside every other rule's quiet band, so one case does
 * not disturb the rest. Every row keeps the feed contract and passes strict ingest.
 */
import { isoDate, type WorkCalendar } from './calendar';
import type { BudgetTotals } from './city-spending';
import type { CsvFileWriter } from './csv-writer';
import type { DemoFeed } from './feed-headers';
import type { PlantedAlert } from './planted-manifest';
import { DEBT_ALERTS, writePlantedDebt } from './planted-debt';
import { FISCAL_ALERTS, writePlantedRevenue, writePlantedSocialFunds } from './planted-revenue';
import { SOE_ALERTS, writePlantedSoe } from './planted-soe';
import { BUDGET_ALERTS } from './planted-payments';
import { SPENDING_ALERTS, writePlantedSpending } from './planted-spending';
import type { Random } from './prng';

export type { PlantedAlert } from './planted-manifest';

/**
 * Every alert the planted rows raise at the as-of date 2026-11-20, by rule in catalog order. The
 * README's "Planted cases" section explains each.
 */
export const PLANTED_ALERTS: readonly PlantedAlert[] = [
  ...SPENDING_ALERTS,
  ...FISCAL_ALERTS,
  ...DEBT_ALERTS,
  ...SOE_ALERTS,
  ...BUDGET_ALERTS,
];

/**
 * Rules without a planted case, and why: DQ-STALE judges how long ago each feed's last batch was
 * loaded against the clock, and a demo loaded today is never stale.
 */
export const UNPLANTABLE_RULES: readonly string[] = ['DQ-STALE'];

export interface PlantedInput {
  random: Random;
  budgets: BudgetTotals;
  calendars: ReadonlyMap<number, WorkCalendar>;
  asOf: string;
  years: readonly number[];
}

/** Writes the planted rows into the open feed writers (after the base data) and checks the manifest's keys against them. */
export function writePlantedCases(input: PlantedInput, writers: Readonly<Record<DemoFeed, CsvFileWriter>>): void {
  const asOfYear = Number(input.asOf.slice(0, 4));
  const lastClosedMonth = Number(input.asOf.slice(5, 7)) - 1;
  const months = new Map(input.years.map((year) => [year, year < asOfYear ? 12 : lastClosedMonth]));
  const periods = [...months].flatMap(([year, last]) =>
    Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  );
  const firstWorkdays = new Map(
    [...input.calendars].map(([year, calendar]) => [year, isoDate(year, calendar.firstWeekdayWorkday())]),
  );
  // Working days from the day budgets are issued, through the as-of date.
  const workdays = new Map(
    [...input.calendars].map(([year, calendar]) => {
      const days: string[] = [];
      for (let day = calendar.firstWeekdayWorkday(); day < calendar.days && isoDate(year, day) <= input.asOf; day++)
        if (calendar.isWorkday(day)) days.push(isoDate(year, day));
      return [year, days];
    }),
  );

  const ledger = { vouchers: new Set<string>(), lines: new Set<string>() };
  writePlantedSpending(
    { agencies: writers.agencies, budgetLines: writers.budget_lines, payments: writers.payments },
    ledger,
    input.random.fork('planted'),
    firstWorkdays,
    workdays,
    input.budgets,
  );
  writePlantedRevenue(input.budgets, months, writers.revenue);
  writePlantedSocialFunds(input.budgets, months, writers.social_funds);
  writePlantedDebt(input.budgets, periods, {
    limits: writers.debt_limits,
    balances: writers.debt_balances,
    bonds: writers.bonds,
    projects: writers.bond_projects,
  });
  writePlantedSoe(writers.soe_financials);

  for (const alert of [...SPENDING_ALERTS, ...BUDGET_ALERTS]) {
    const written = /^Z[BF]/.test(alert.entityKey)
      ? ledger.lines.has(alert.entityKey) || ledger.vouchers.has(alert.entityKey)
      : true;
    if (!written) throw new Error(`planted ${alert.rule} names ${alert.entityKey}, which was not written`);
  }
}
