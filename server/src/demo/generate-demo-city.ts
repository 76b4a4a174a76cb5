/**
 * The demo city 临江市 (江南省, fictional, under the unassigned GB/T 2260 prefix 39): every feed of
 * shared/FEEDS.md as UTF-8 CSV, deterministic for a seed, for fiscal years 2025 (complete) and 2026
 * up to the fixed as-of date 2026-11-20.
 *
 * With `planted` (the default, the demo as shipped) the planted cases of planted-cases.ts follow the
 * base data: a few deliberate rows on entities of their own that make every rule but DQ-STALE fire on
 * known entities at the as-of date (PLANTED_ALERTS; README "Planted cases"; checked against every rule
 * by server/src/detect/demo-planted.test.ts). `planted: false` writes the base data alone.
 *
 * Quiet-data guarantees — at the default thresholds of shared/RULES.md the base data raises no alert.
 * Checked by the tests beside this file (on `planted: false`) unless marked (design):
 * - EXE-LAG: per agency and book, net payments / current budget stay within ±10 pp of time progress
 *   at every month end and at the as-of date; 2025 ends at 95–100 % per agency, every line ≤ 100 %.
 * - EXE-SURGE: December ≤ 15 % of an agency's year. EXE-OVER: no line's net payments exceed its
 *   current amount. EXE-NOBUDGET: every payment draws on a line of its agency, book, func and econ.
 * - EXE-IDLE: every line ≥ 1,000,000 yuan has a payment within 180 days of its issue date.
 * - EXE-ADJUST: ≤ 2 adjustment/supplement/transfer rows per agency-year, far below 20 % of initial.
 * - EXE-SANGONG: 三公 (30212, 30217, 30231, 31013) within budget and, in 2026, at or below 2025 over
 *   every same period.
 * - PAY-LARGE < 5,000,000; PAY-INDIV: people get < 50,000 per payment; PAY-CASH: cash < 2,000;
 *   PAY-SPLIT: no two [500k, 1M) payments of an agency to one payee within 10 days; PAY-DUP: no same
 *   agency + payee + amount within 5 days; reversals (a handful) each cancel an earlier payment.
 * - PAY-HOLIDAY: pay dates are PRC working days (chinese-days, incl. 调休 make-up days).
 * - PAY-BENFORD: first digits stratified per agency-year, MAD < 0.012 where ≥ 300 payments.
 * - REV-OUTTURN 2025 within 96–108 % per region and book; REV-PACE 2026 within 8 pp of time progress;
 *   REV-NONTAX share < 25 % and stable; REV-DECLINE: every month's cumulative revenue above last year.
 * - DEBT-*: balance < limit, balance / 综合财力 < 90 %, (principal + interest) / 综合财力 < 15 %,
 *   interest / (GPB + GFB expenditure) < 8 %, overdue 0; DEBT-IDLE: bond projects ≥ 60 % spent six
 *   months after issue and ≥ 85 % after twelve.
 * - SOE-*: leverage under 65 % (industrial) / 70 % (other), no annual loss two years running, state
 *   capital never below a year earlier, dividends paid ≥ 96 % of due.
 * - SIF-*: year-to-date income ≥ expenditure, balance ≥ 12 months of expenditure.
 * - BUD-PI1: 2025 payments / initial budget within 96–104 %; BUD-PI2: composition variance < 8 %;
 *   BUD-RESERVE: 227 预备费 at 1.5–2.5 % of the GPB expenditure budget.
 */
import path from 'node:path';
import { buildAgencies } from './agencies';
import { dayOfYear, WorkCalendar } from './calendar';
import { writeSpending } from './city-spending';
import { CsvFileWriter } from './csv-writer';
import { DEMO_FEEDS, FEED_HEADERS, type DemoFeed } from './feed-headers';
import { PayeeDirectory } from './payees';
import { Random } from './prng';
import { CITY_CODE, DEMO_REGIONS } from './regions';
import { writeFiscalFeeds } from './fiscal-feeds';
import { writePlantedCases } from './planted-cases';

/** The default seed: the demo city as shipped. */
export const DEFAULT_SEED = 20_251_120;
export const DEFAULT_PAYMENTS_PER_YEAR = 150_000;
/** Fixed, never the clock: the day the demo's data runs to. */
export const AS_OF = '2026-11-20';
export const FISCAL_YEARS = [2025, 2026] as const;

export interface DemoOptions {
  outDir: string;
  seed?: number;
  paymentsPerYear?: number;
  /** Write the planted cases after the quiet base data (default true: the demo as shipped has them). */
  planted?: boolean;
}

/** What was written, for the loader and the tests. */
export interface DemoManifest {
  files: { feed: DemoFeed; path: string; rows: number }[];
  fiscalYears: number[];
  asOf: string;
  cityCode: string;
  seed: number;
  paymentsPerYear: number;
  planted: boolean;
}

/** Writes the demo city's feed files into outDir and returns what it wrote. */
export async function generateDemoCity(options: DemoOptions): Promise<DemoManifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  const paymentsPerYear = options.paymentsPerYear ?? DEFAULT_PAYMENTS_PER_YEAR;
  const random = new Random(seed);
  const writers = Object.fromEntries(
    DEMO_FEEDS.map((feed) => [feed, new CsvFileWriter(path.join(options.outDir, `${feed}.csv`), FEED_HEADERS[feed])]),
  ) as Record<DemoFeed, CsvFileWriter>;

  for (const region of DEMO_REGIONS)
    writers.regions.row([region.code, region.name, region.parentCode ?? '', region.level]);
  const agencies = buildAgencies();
  for (const agency of agencies)
    writers.agencies.row([agency.code, agency.name, agency.regionCode, agency.parentCode ?? '', agency.type]);

  const asOfYear = Number(AS_OF.slice(0, 4));
  const calendars = new Map(FISCAL_YEARS.map((year) => [year, new WorkCalendar(year)]));
  const ctx = {
    random,
    calendars,
    years: FISCAL_YEARS,
    asOfYear,
    asOfDay: dayOfYear(AS_OF),
    directory: new PayeeDirectory(random.fork('payees'), agencies),
    reversalChance: 0.04,
  };
  const budgets = writeSpending(ctx, agencies, paymentsPerYear, {
    budgetLines: writers.budget_lines,
    payments: writers.payments,
  });
  writeFiscalFeeds({ random: random.fork('fiscal'), budgets, agencies, asOf: AS_OF, years: FISCAL_YEARS }, writers);
  const planted = options.planted ?? true;
  if (planted) writePlantedCases({ random, budgets, calendars, asOf: AS_OF, years: FISCAL_YEARS }, writers);

  await Promise.all(DEMO_FEEDS.map((feed) => writers[feed].close()));
  return {
    files: DEMO_FEEDS.map((feed) => ({ feed, path: writers[feed].filePath, rows: writers[feed].rows })),
    fiscalYears: [...FISCAL_YEARS],
    asOf: AS_OF,
    cityCode: CITY_CODE,
    seed,
    paymentsPerYear,
    planted,
  };
}
