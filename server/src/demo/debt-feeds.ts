import { addYears, type Bond, type DebtType } from './bond-portfolio';
import type { CsvFileWriter } from './csv-writer';
import { ceilToUnit, formatFen, scaleFen } from './money';
import type { Random } from './prng';
import { DEBT_REGIONS } from './regions';

const TYPES: readonly DebtType[] = ['general', 'special'];

function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  return `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}${iso.slice(7)}`;
}

/** Coupon dates and amounts: yearly up to 10-year terms, half-yearly beyond (as local government bonds pay). */
function coupons(bond: Bond): { period: string; fen: number }[] {
  const semiannual = bond.termYears > 10;
  const count = semiannual ? bond.termYears * 2 : bond.termYears;
  const fen = scaleFen(bond.amountFen, bond.rateBp, semiannual ? 20_000 : 10_000);
  return Array.from({ length: count }, (_, i) => ({
    period: (semiannual ? addMonths(bond.issueDate, 6 * (i + 1)) : addYears(bond.issueDate, i + 1)).slice(0, 7),
    fen,
  }));
}

/** Month-end periods (YYYY-MM) from January of the first year through the last period. */
export function periodsThrough(firstYear: number, lastPeriod: string): string[] {
  const periods: string[] = [];
  for (let year = firstYear; ; year++) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      if (period > lastPeriod) return periods;
      periods.push(period);
    }
  }
}

/**
 * debt_balances, debt_limits and bonds from the bond portfolio. Balances are what is outstanding at
 * each month end, principal is what matured in the month and interest the coupons falling in it, so
 * the three feeds agree with each other; nothing is overdue. Each year's limit is 5–12 % above the
 * highest month-end balance of that year (DEBT-OVERLIMIT quiet).
 */
export function writeDebtFeeds(
  random: Random,
  bonds: readonly Bond[],
  periods: readonly string[],
  writers: { limits: CsvFileWriter; balances: CsvFileWriter; bonds: CsvFileWriter },
): void {
  for (const bond of bonds) {
    writers.bonds.row([
      bond.code,
      bond.name,
      bond.regionCode,
      bond.type,
      bond.purpose,
      bond.issueDate,
      bond.maturityDate,
      (bond.rateBp / 100).toFixed(2),
      formatFen(bond.amountFen),
    ]);
  }
  for (const region of DEBT_REGIONS) {
    for (const type of TYPES) {
      const mine = bonds.filter((b) => b.regionCode === region.code && b.type === type);
      const interest = new Map<string, number>();
      for (const bond of mine)
        for (const c of coupons(bond)) interest.set(c.period, (interest.get(c.period) ?? 0) + c.fen);
      const peak = new Map<string, number>();
      for (const period of periods) {
        // "YYYY-MM-31" sorts after every real date of the month, so it stands for the month end.
        const end = `${period}-31`;
        let balance = 0;
        let principal = 0;
        for (const bond of mine) {
          if (bond.issueDate <= end && bond.maturityDate > end) balance += bond.amountFen;
          if (bond.maturityDate.startsWith(period)) principal += bond.amountFen;
        }
        writers.balances.row([
          period,
          region.code,
          type,
          formatFen(balance),
          formatFen(principal),
          formatFen(interest.get(period) ?? 0),
          '0.00',
        ]);
        const year = period.slice(0, 4);
        peak.set(year, Math.max(peak.get(year) ?? 0, balance));
      }
      const r = random.fork('limit', region.code, type);
      for (const [year, highest] of peak) {
        const unit = highest >= 10_000_000_000 ? 100_000_000 : 1_000_000;
        writers.limits.row([
          year,
          region.code,
          type,
          formatFen(ceilToUnit(scaleFen(highest, r.int(10_500, 11_200), 10_000), unit)),
        ]);
      }
    }
  }
}
