import { sumMoney } from '../shared/decimal';
import type { Book } from '../shared/money.schemas';
import type { MonthTotals } from './revenue.queries';
import { throughMonth } from './revenue-measures';

/** The twelve months of a year, January first. */
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);


/** The months loaded (any book) of this year and last, and how far each runs unbroken from January. */
export function loadedMonths(totals: readonly MonthTotals[], fiscalYear: number) {
  const monthsOf = (year: number) => new Set(totals.filter((row) => row.fiscalYear === year).map((row) => row.month));
  const loaded = monthsOf(fiscalYear);
  const lastYearLoaded = monthsOf(fiscalYear - 1);
  const through = throughMonth(loaded);
  const lastYearThrough = throughMonth(lastYearLoaded);
  // Last year is compared over the same months only when it has every one of them.
  return { loaded, lastYearLoaded, through, lastYearThrough, comparable: through > 0 && lastYearThrough >= through };
}

/** Σ of a field over the rows of a year, months 1…through, optionally one book. */
export function sumOf(
  totals: readonly MonthTotals[],
  year: number,
  through: number,
  field: 'own' | 'tax' | 'nonTax',
  book?: Book,
): string {
  return sumMoney(
    totals
      .filter((row) => row.fiscalYear === year && row.month <= through && (book === undefined || row.book === book))
      .map((row) => row[field]),
  );
}
