import { convertToParamMap } from '@angular/router';
import { readRegionYear, treeHasRegion } from './region-year';

describe('readRegionYear', () => {
  it('reads a region code of 6, 9 or 12 digits and a four-digit year', () => {
    expect(readRegionYear(convertToParamMap({ region: '390100', year: '2026' }))).toEqual({ regionCode: '390100', fiscalYear: 2026 });
    expect(readRegionYear(convertToParamMap({ region: '390102001' })).regionCode).toBe('390102001');
    expect(readRegionYear(convertToParamMap({ region: '390102001002' })).regionCode).toBe('390102001002');
  });

  it('treats absent and malformed values as absent', () => {
    expect(readRegionYear(convertToParamMap({}))).toEqual({ regionCode: null, fiscalYear: null });
    expect(readRegionYear(convertToParamMap({ region: '39010', year: '26' }))).toEqual({ regionCode: null, fiscalYear: null });
    expect(readRegionYear(convertToParamMap({ region: "390100' OR 1=1", year: '2026.5' }))).toEqual({ regionCode: null, fiscalYear: null });
  });
});

describe('treeHasRegion', () => {
  const tree = [
    { code: '390100', children: [{ code: '390102', children: [{ code: '390102001', children: [] }] }, { code: '390121', children: [] }] },
  ];

  it('finds the root and regions at any depth below it', () => {
    expect(['390100', '390102', '390102001', '390121'].map((code) => treeHasRegion(tree, code))).toEqual([true, true, true, true]);
  });

  it('does not find a region outside the tree', () => {
    expect(treeHasRegion(tree, '390000')).toBeFalse();
    expect(treeHasRegion(tree, '390103')).toBeFalse();
    expect(treeHasRegion([], '390100')).toBeFalse();
  });
});
