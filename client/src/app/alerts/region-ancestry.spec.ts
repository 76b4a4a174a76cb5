import { sampleReferenceSummary } from '../testing/overview-fixtures';
import { regionAncestry } from './region-ancestry';

describe('regionAncestry', () => {
  const regions = sampleReferenceSummary().regions;

  it('walks from a district up to the root, nearest first', () => {
    expect(regionAncestry(regions, '390103')).toEqual([
      { code: '390103', name: '城西区' },
      { code: '390100', name: '临江市' },
    ]);
  });

  it('is the region alone at the root and empty for a region not in the tree', () => {
    expect(regionAncestry(regions, '390100')).toEqual([{ code: '390100', name: '临江市' }]);
    expect(regionAncestry(regions, '390199')).toEqual([]);
  });
});
