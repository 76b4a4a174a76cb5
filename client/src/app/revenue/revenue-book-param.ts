import type { ParamMap } from '@angular/router';
import type { RevenueBook } from './revenue.types';

/** The query parameter of the book shown below the cards (`?book=GFB`). */
export const BOOK_PARAM = 'book';

export const REVENUE_BOOKS: readonly RevenueBook[] = ['GPB', 'GFB', 'SCB', 'SIF'];

/** The book a URL names; 一般公共预算 when it names none or one the API does not know. */
export function readRevenueBook(params: ParamMap): RevenueBook {
  const book = params.get(BOOK_PARAM);
  return REVENUE_BOOKS.find((known) => known === book) ?? 'GPB';
}
