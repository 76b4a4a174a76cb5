import { emptyOverview, sampleOverview } from '../testing/overview-fixtures';
import { hasOverviewData } from './has-overview-data';

describe('hasOverviewData', () => {
  it('is true when any book has a figure', () => {
    expect(hasOverviewData(sampleOverview())).toBeTrue();
  });

  it('is false when every figure of every book is zero', () => {
    expect(hasOverviewData(emptyOverview())).toBeFalse();
  });

  it('counts a single cent of revenue, and a net reversal, as data', () => {
    const onlyRevenue = emptyOverview();
    onlyRevenue.books[3] = { ...onlyRevenue.books[3]!, revenueActual: '0.01' };
    expect(hasOverviewData(onlyRevenue)).toBeTrue();
    const onlyReversal = emptyOverview();
    onlyReversal.books[0] = { ...onlyReversal.books[0]!, executed: '-20.00' };
    expect(hasOverviewData(onlyReversal)).toBeTrue();
  });

  it('does not count negative zero', () => {
    const overview = emptyOverview();
    overview.books[0] = { ...overview.books[0]!, executed: '-0.00' };
    expect(hasOverviewData(overview)).toBeFalse();
  });
});
