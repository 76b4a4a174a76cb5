import { yearOptions } from './year-options';

describe('yearOptions', () => {
  it('lists the years with data newest first', () => {
    expect(yearOptions([2025, 2026], 2026)).toEqual([2026, 2025]);
  });

  it('adds a selected year that has no data', () => {
    expect(yearOptions([2026, 2025], 2023)).toEqual([2026, 2025, 2023]);
  });

  it('works before anything is selected or loaded', () => {
    expect(yearOptions([], null)).toEqual([]);
  });
});
