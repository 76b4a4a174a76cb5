import { sampleSummary } from './testing/revenue-fixtures';
import { hasRevenueData } from './has-revenue-data';

describe('hasRevenueData', () => {
  it('is true with a month loaded or any amount', () => {
    expect(hasRevenueData(sampleSummary())).toBeTrue();
    const budgetOnly = sampleSummary({ throughMonth: 0 });
    expect(hasRevenueData(budgetOnly)).toBeTrue();
  });

  it('is false for a scope without any revenue row', () => {
    const empty = sampleSummary({ throughMonth: 0, timeProgress: null, monthProgress: null });
    empty.books = empty.books.map((book) => ({ ...book, budget: '0.00', actual: '0.00' }));
    expect(hasRevenueData(empty)).toBeFalse();
  });
});
