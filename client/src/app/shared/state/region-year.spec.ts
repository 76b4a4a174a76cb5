import { convertToParamMap } from '@angular/router';
import { readRegionYear } from './region-year';

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
