import type { Book, BookExecution, Overview, ReferenceSummary } from '../shared/api/api.types';

/** A city of two districts in mid-year, figures as the API sends them (decimal text in yuan). */
export function sampleOverview(overrides: Partial<Overview> = {}): Overview {
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    asOf: '2026-06-30',
    timeProgress: '0.495890',
    books: [
      book('GPB', '12345678901.23', '5678901234.56', '0.460000', '9800000000.00', '5100000000.00', '0.520408'),
      book('GFB', '3000000000.00', '900000000.00', '0.300000', '2500000000.00', '800000000.00', '0.320000'),
      book('SCB', '0.00', '0.00', null, '0.00', '0.00', null),
      book('SIF', '4500000000.10', '2400000000.05', '0.533333', '4700000000.00', '2300000000.00', '0.489362'),
    ],
    subRegions: [
      { regionCode: '390102', regionName: '城东区', level: 'county', budget: '2000000000.00', executed: '1100000000.00', executionRate: '0.550000' },
      { regionCode: '390103', regionName: '城西区', level: 'county', budget: '1500000000.00', executed: '450000000.00', executionRate: '0.300000' },
      { regionCode: '390171', regionName: '临江经济开发区', level: 'zone', budget: '0.00', executed: '0.00', executionRate: null },
    ],
    ...overrides,
  };
}

/** A region and year that exist but have no figures at all. */
export function emptyOverview(): Overview {
  return sampleOverview({
    fiscalYear: 2024,
    asOf: null,
    timeProgress: null,
    books: (['GPB', 'GFB', 'SCB', 'SIF'] as const).map((name) => book(name, '0.00', '0.00', null, '0.00', '0.00', null)),
    subRegions: [],
  });
}

export function sampleReferenceSummary(): ReferenceSummary {
  return {
    regions: [
      {
        code: '390100',
        name: '临江市',
        level: 'city',
        children: [
          { code: '390102', name: '城东区', level: 'county', children: [] },
          { code: '390103', name: '城西区', level: 'county', children: [] },
        ],
      },
    ],
    fiscalYears: [2026, 2025],
    defaultRegionCode: '390100',
    defaultFiscalYear: 2026,
  };
}

function book(
  name: Book,
  budget: string,
  executed: string,
  executionRate: string | null,
  revenueBudget: string,
  revenueActual: string,
  revenueRate: string | null,
): BookExecution {
  return { book: name, budget, executed, executionRate, revenueBudget, revenueActual, revenueRate };
}
