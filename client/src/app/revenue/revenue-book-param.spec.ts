import { convertToParamMap } from '@angular/router';
import { readRevenueBook } from './revenue-book-param';

describe('readRevenueBook', () => {
  it('reads a known book and falls back to 一般公共预算', () => {
    expect(readRevenueBook(convertToParamMap({ book: 'GFB' }))).toBe('GFB');
    expect(readRevenueBook(convertToParamMap({}))).toBe('GPB');
    expect(readRevenueBook(convertToParamMap({ book: 'gfb' }))).toBe('GPB');
  });
});
