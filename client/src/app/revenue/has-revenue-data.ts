import type { RevenueSummary } from './revenue.types';

/** Whether the scope has any revenue row: a month loaded, or a budget or collection in some book. */
export function hasRevenueData(summary: RevenueSummary): boolean {
  return (
    summary.throughMonth > 0 ||
    summary.books.some((book) => [book.budget, book.actual].some((amount) => /[1-9]/.test(amount)))
  );
}
