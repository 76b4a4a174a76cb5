import { totalsKey, type BudgetTotals } from './city-spending';
import type { Book } from './line-spec';

/** A region's expenditure budget of a year and book in fen (0 when it has none): what planted cases are sized from. */
export function budgetOf(budgets: BudgetTotals, region: string, year: number, book: Book): number {
  return budgets.get(totalsKey(region, year, book)) ?? 0;
}
