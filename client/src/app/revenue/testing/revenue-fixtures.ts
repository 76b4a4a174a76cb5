import type {
  MonthlyRevenue,
  RevenueCodes,
  RevenueComposition,
  RevenueRegions,
  RevenueSummary,
} from '../revenue.types';

/** 临江市 2026, January–October loaded: GPB a little behind time, GFB far behind. */
export function sampleSummary(overrides: Partial<RevenueSummary> = {}): RevenueSummary {
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    throughMonth: 10,
    timeProgress: '0.832877',
    monthProgress: '0.833333',
    paceLine: '0.1',
    books: [
      {
        book: 'GPB',
        budget: '12000000000.00',
        actual: '9800000000.00',
        rate: '0.816667',
        paceGap: '0.016210',
        behindPace: false,
        lastYearActual: '9300000000.00',
        growth: '0.053763',
      },
      {
        book: 'GFB',
        budget: '6000000000.00',
        actual: '3000000000.00',
        rate: '0.500000',
        paceGap: '0.332877',
        behindPace: true,
        lastYearActual: '3500000000.00',
        growth: '-0.142857',
      },
      {
        book: 'SCB',
        budget: '300000000.00',
        actual: '260000000.00',
        rate: '0.866667',
        paceGap: '-0.033790',
        behindPace: false,
        lastYearActual: null,
        growth: null,
      },
      {
        book: 'SIF',
        budget: '0.00',
        actual: '0.00',
        rate: null,
        paceGap: null,
        behindPace: false,
        lastYearActual: '0.00',
        growth: null,
      },
    ],
    ...overrides,
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** GPB month by month: 980,000,000.00 a month January–October, last year all twelve months. */
export function sampleMonthly(overrides: Partial<MonthlyRevenue> = {}): MonthlyRevenue {
  return {
    fiscalYear: 2026,
    book: 'GPB',
    budget: '12000000000.00',
    lastYearBudget: '11000000000.00',
    throughMonth: 10,
    lastYearThroughMonth: 12,
    months: MONTHS.map((month) => ({
      month,
      actual: month <= 10 ? '980000000.00' : null,
      cumulative: month <= 10 ? `${980000000 * month}.00` : null,
      rate: month <= 10 ? (0.081667 * month).toFixed(6) : null,
      lastYear: '930000000.00',
      lastYearCumulative: `${930000000 * month}.00`,
      lastYearRate: (0.084545 * month).toFixed(6),
      timeProgress: (month / 12).toFixed(6),
    })),
    ...overrides,
  };
}

/** Tax 80 %, non-tax 20 % of 一般公共预算收入, about as last year. */
export function sampleComposition(overrides: Partial<RevenueComposition['total']> = {}): RevenueComposition {
  return {
    fiscalYear: 2026,
    throughMonth: 10,
    lastYearThroughMonth: 12,
    lines: { nonTaxShareAbove: '0.3', nonTaxRiseAtLeast: '0.1', declineYellow: '0', declineRed: '0.1' },
    months: MONTHS.map((month) => ({
      month,
      tax: month <= 10 ? '784000000.00' : null,
      nonTax: month <= 10 ? '196000000.00' : null,
      share: month <= 10 ? '0.200000' : null,
      lastYearTax: '750000000.00',
      lastYearNonTax: '180000000.00',
      lastYearShare: '0.193548',
    })),
    total: {
      tax: '7840000000.00',
      nonTax: '1960000000.00',
      general: '9800000000.00',
      share: '0.200000',
      lastYearTax: '7500000000.00',
      lastYearNonTax: '1800000000.00',
      lastYearGeneral: '9300000000.00',
      lastYearShare: '0.193548',
      shareRise: '0.006451',
      growth: '0.053763',
      shareAbove: false,
      shareRisen: false,
      decline: 'none',
      ...overrides,
    },
  };
}

const node = (code: string, nameZh: string, budget: string, actual: string, rate: string | null) => ({
  code,
  nameZh,
  nameEn: nameZh,
  budget,
  actual,
  rate,
  lastYearActual: null,
  growth: null,
});

/** 税收收入 with 增值税 and its 国内增值税, 非税收入 with 专项收入, and transfers. */
export function sampleCodes(): RevenueCodes {
  return {
    book: 'GPB',
    throughMonth: 10,
    classes: [
      {
        ...node('101', '税收收入', '9600000000.00', '7840000000.00', '0.816667'),
        lastYearActual: '7500000000.00',
        growth: '0.045333',
        own: true,
        children: [
          {
            ...node('10101', '增值税', '3456000000.00', '2822400000.00', '0.816667'),
            children: [node('1010101', '国内增值税', '3456000000.00', '2822400000.00', '0.816667')],
          },
          { ...node('10104', '企业所得税', '1344000000.00', '1097600000.00', '0.816667'), children: [] },
        ],
      },
      {
        ...node('103', '非税收入', '2400000000.00', '1960000000.00', '0.816667'),
        own: true,
        children: [{ ...node('10302', '专项收入', '720000000.00', '588000000.00', '0.816667'), children: [] }],
      },
      {
        ...node('110', '转移性收入', '5000000000.00', '4200000000.00', '0.840000'),
        own: false,
        children: [],
      },
    ],
  };
}

/** The city's own rows, one district on pace and one behind that has reported to September only. */
export function sampleRegions(overrides: Partial<RevenueRegions> = {}): RevenueRegions {
  return {
    book: 'GPB',
    throughMonth: 10,
    timeProgress: '0.832877',
    paceLine: '0.1',
    regions: [
      {
        regionCode: '390100',
        regionName: '临江市',
        level: 'city',
        branch: 'self',
        latestMonth: 10,
        budget: '6000000000.00',
        actual: '5000000000.00',
        rate: '0.833333',
        paceGap: '-0.000456',
        behindPace: false,
        lastYearActual: '4700000000.00',
        growth: '0.063830',
      },
      {
        regionCode: '390102',
        regionName: '江城区',
        level: 'county',
        branch: 'child',
        latestMonth: 10,
        budget: '4000000000.00',
        actual: '3400000000.00',
        rate: '0.850000',
        paceGap: '-0.017123',
        behindPace: false,
        lastYearActual: '3200000000.00',
        growth: '0.062500',
      },
      {
        regionCode: '390121',
        regionName: '清溪县',
        level: 'county',
        branch: 'child',
        latestMonth: 9,
        budget: '2000000000.00',
        actual: '1400000000.00',
        rate: '0.700000',
        paceGap: '0.132877',
        behindPace: true,
        lastYearActual: '1400000000.00',
        growth: '0.000000',
      },
    ],
    ...overrides,
  };
}
