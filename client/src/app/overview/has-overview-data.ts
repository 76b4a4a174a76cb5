import type { Overview } from '../shared/api/api.types';

/** An amount is non-zero exactly when its text has a non-zero digit ("0.00", "-0.00" are zero). */
const isNonZero = (amount: string): boolean => /[1-9]/.test(amount);

/**
 * Whether the region and year have any figure at all: a budget, a payment or revenue in some book.
 * Without one, the page shows an empty state instead of four cards of zeros.
 */
export function hasOverviewData(overview: Overview): boolean {
  return overview.books.some((book) =>
    [book.budget, book.executed, book.revenueBudget, book.revenueActual].some(isNonZero),
  );
}
