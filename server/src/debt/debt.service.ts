import Decimal from 'decimal.js';
import type pg from 'pg';
import type { RuleContext } from '../detect/rule-descriptor';
import { debtPositions, type DebtPosition } from '../detect/rules/debt/debt-positions';
import { fiscalCapacities, type CapacitySource } from '../detect/rules/debt/fiscal-capacity';
import { debtInterest } from '../detect/rules/debt/debt-interest';
import { debtOverdue } from '../detect/rules/debt/debt-overdue';
import { debtRatio } from '../detect/rules/debt/debt-ratio';
import { debtService } from '../detect/rules/debt/debt-service';
import type { DebtPositionRow, DebtPositions, DebtScope } from './debt.schemas';
import { debtLinesInForce, type DebtLines } from './debt-lines';
import { subtreeRegions, type ScopeRegion } from '../shared/subtree-regions';
import { indicator, ruleLines } from '../detect/warning-lines';

/**
 * 政府债务 positions of a region subtree in a fiscal year, read as the debt rules read them
 * (detect/rules/debt): balances and overdue debt at each debt type's latest month of the year,
 * repayments and interest summed over its months, 综合财力 reported or derived from revenue.
 */

/**
 * A rule's context for the regions and the year: dated the day after the year, so that every month
 * of the year that is loaded counts, and a year whose twelve months of revenue are in counts its
 * collection as 综合财力 (as detection judges a closed year; an open one counts its budget).
 */
function yearReading(pool: pg.Pool, regions: readonly string[], fiscalYear: number): RuleContext<unknown> {
  const asOf = `${fiscalYear + 1}-01-01`;
  return { db: pool, asOf, now: asOf, regions, window: null, paramsFor: () => ({}), allParams: () => [] };
}

type DebtType = 'general' | 'special';

interface RegionFigures {
  period: string | null;
  limits: Record<DebtType, Decimal | null>;
  balances: Record<DebtType, Decimal>;
  principal: Decimal;
  interest: Decimal;
  overdue: Decimal;
  capacity: Decimal | null;
  capacitySource: DebtPositionRow['fiscalCapacitySource'];
  expenditure: Decimal;
}

const ZERO = new Decimal(0);
const money = (value: Decimal) => value.toFixed(2);

function typeFigures(limit: Decimal | null, balance: Decimal): DebtPositionRow['general'] {
  return { limit: limit && money(limit), balance: money(balance), overLimit: limit !== null && balance.gt(limit) };
}

function positionRow(region: ScopeRegion, f: RegionFigures, lines: DebtLines): DebtPositionRow {
  const balance = f.balances.general.plus(f.balances.special);
  const limit =
    f.limits.general === null && f.limits.special === null
      ? null
      : (f.limits.general ?? ZERO).plus(f.limits.special ?? ZERO);
  return {
    ...region,
    period: f.period,
    general: typeFigures(f.limits.general, f.balances.general),
    special: typeFigures(f.limits.special, f.balances.special),
    balance: money(balance),
    limit: limit && money(limit),
    principalRepaid: money(f.principal),
    interestPaid: money(f.interest),
    overdue: money(f.overdue),
    fiscalCapacity: f.capacity && money(f.capacity),
    fiscalCapacitySource: f.capacitySource,
    expenditure: money(f.expenditure),
    debtRatio: indicator(balance, f.capacity, lines.debtRatio),
    serviceRatio: indicator(f.principal.plus(f.interest), f.capacity, lines.serviceRatio),
    interestRatio: indicator(f.interest, f.expenditure, lines.interestRatio),
    overdueRatio: indicator(f.overdue, balance, lines.overdueRatio),
  };
}

/** GPB + GFB net payments of the year per region and month (the DEBT-INTEREST denominator). */
async function spendingByMonth(
  pool: pg.Pool,
  regions: readonly string[],
  fiscalYear: number,
): Promise<Map<string, Decimal[]>> {
  const rows = await pool.query<{ region_code: string; month: number; amount: string }>(
    `SELECT region_code, month, sum(amount)::text AS amount FROM payment_summary
     WHERE fiscal_year = $2 AND book IN ('GPB', 'GFB') AND region_code = ANY($1::text[])
     GROUP BY region_code, month`,
    [regions, fiscalYear],
  );
  const byRegion = new Map<string, Decimal[]>();
  for (const row of rows.rows) {
    const months = byRegion.get(row.region_code) ?? Array.from({ length: 13 }, () => ZERO);
    months[row.month] = new Decimal(row.amount);
    byRegion.set(row.region_code, months);
  }
  return byRegion;
}

/** Spending of January through the month of `period` ('YYYY-MM'), of the regions given. */
function spentThrough(spending: Map<string, Decimal[]>, regions: readonly string[], period: string | null): Decimal {
  if (period === null) return ZERO;
  const last = Number(period.slice(5, 7));
  let total = ZERO;
  for (const region of regions)
    for (const amount of (spending.get(region) ?? []).slice(1, last + 1)) total = total.plus(amount);
  return total;
}

async function limitsOf(
  pool: pg.Pool,
  regions: readonly string[],
  fiscalYear: number,
): Promise<Map<string, Record<DebtType, Decimal | null>>> {
  const rows = await pool.query<{ region_code: string; debt_type: DebtType; limit_amount: string }>(
    `SELECT region_code, debt_type::text, limit_amount::text FROM debt_limits WHERE fiscal_year = $2 AND region_code = ANY($1::text[])`,
    [regions, fiscalYear],
  );
  const limits = new Map<string, Record<DebtType, Decimal | null>>();
  for (const row of rows.rows) {
    const own = limits.get(row.region_code) ?? { general: null, special: null };
    own[row.debt_type] = new Decimal(row.limit_amount);
    limits.set(row.region_code, own);
  }
  return limits;
}

const sum = (values: readonly Decimal[]) => values.reduce((total, value) => total.plus(value), ZERO);

/** The sum of the amounts that are there, or null when none is. */
const sumPresent = (values: readonly (Decimal | null)[]) => {
  const present = values.filter((value): value is Decimal => value !== null);
  return present.length === 0 ? null : sum(present);
};

export async function getDebtPositions(pool: pg.Pool, input: DebtScope): Promise<DebtPositions> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeRegions(pool, regionCode);
  const codes = regions.map((region) => region.regionCode);
  const reading = yearReading(pool, codes, fiscalYear);
  const [positions, capacities, limits, spending, linesFor] = await Promise.all([
    debtPositions(reading, [fiscalYear]),
    fiscalCapacities(reading),
    limitsOf(pool, codes, fiscalYear),
    spendingByMonth(pool, codes, fiscalYear),
    debtLinesInForce(pool, codes),
  ]);
  const positionOf = new Map<string, DebtPosition>(positions.map((position) => [position.regionCode, position]));
  const capacityOf = (code: string) => capacities.get(`${code}|${fiscalYear}`) ?? null;

  const figures = new Map<string, RegionFigures>();
  for (const code of codes) {
    const position = positionOf.get(code);
    if (!position && !limits.has(code)) continue;
    const capacity = capacityOf(code);
    const period = position?.period ?? null;
    figures.set(code, {
      period,
      limits: limits.get(code) ?? { general: null, special: null },
      balances: { general: position?.generalBalance ?? ZERO, special: position?.specialBalance ?? ZERO },
      principal: position?.principal ?? ZERO,
      interest: position?.interest ?? ZERO,
      overdue: position?.overdue ?? ZERO,
      capacity: capacity?.amount ?? null,
      capacitySource: capacity?.source ?? null,
      expenditure: spentThrough(spending, [code], period),
    });
  }

  // The subtree as one region: its latest month, every region's capacity and spending over those months.
  const all = [...figures.values()];
  const periods = all
    .map((f) => f.period)
    .filter((period): period is string => period !== null)
    .sort();
  const totalPeriod = periods.at(-1) ?? null;
  const subtreeCapacities = codes.map(capacityOf).filter((capacity) => capacity !== null);
  const sources = new Set<CapacitySource>(subtreeCapacities.map((capacity) => capacity.source));
  const total: RegionFigures = {
    period: totalPeriod,
    limits: {
      general: sumPresent(all.map((f) => f.limits.general)),
      special: sumPresent(all.map((f) => f.limits.special)),
    },
    balances: { general: sum(all.map((f) => f.balances.general)), special: sum(all.map((f) => f.balances.special)) },
    principal: sum(all.map((f) => f.principal)),
    interest: sum(all.map((f) => f.interest)),
    overdue: sum(all.map((f) => f.overdue)),
    capacity: sumPresent(subtreeCapacities.map((capacity) => capacity.amount)),
    capacitySource: sources.size === 0 ? null : sources.size === 1 ? [...sources][0]! : 'mixed',
    expenditure: spentThrough(spending, codes, totalPeriod),
  };

  const rootLines = linesFor(regionCode);
  return {
    regionCode,
    regionName: regions[0]!.regionName,
    fiscalYear,
    total: positionRow(regions[0]!, total, rootLines),
    regions: regions.flatMap((region) => {
      const own = figures.get(region.regionCode);
      return own ? [positionRow(region, own, linesFor(region.regionCode))] : [];
    }),
    lines: {
      debtRatio: ruleLines(debtRatio.code, rootLines.debtRatio),
      serviceRatio: ruleLines(debtService.code, rootLines.serviceRatio),
      interestRatio: ruleLines(debtInterest.code, rootLines.interestRatio),
      overdueRatio: ruleLines(debtOverdue.code, rootLines.overdueRatio),
    },
  };
}
