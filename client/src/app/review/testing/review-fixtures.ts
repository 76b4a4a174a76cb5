import type { BooksReview, FunctionsReview, PositionsReview, ReliabilityReview, SangongTrend } from '../review.types';

const book = (
  name: 'GPB' | 'GFB' | 'SCB' | 'SIF',
  figures: Partial<Omit<BooksReview['books'][number], 'book'>>,
): BooksReview['books'][number] => ({
  book: name,
  budget: '0.00',
  share: null,
  lastYearBudget: '0.00',
  lastYearExecuted: '0.00',
  growthOnBudget: null,
  growthOnExecuted: null,
  revenueBudget: '0.00',
  lastYearRevenue: '0.00',
  revenueGrowth: null,
  ...figures,
});

/** 临江市 2026 against a complete 2025 (the server test's figures, in 亿元 scale). */
export function sampleBooks(overrides: Partial<BooksReview> = {}): BooksReview {
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    lastYearThroughMonth: 12,
    books: [
      book('GPB', {
        budget: '12430000000.00',
        share: '0.608419',
        lastYearBudget: '11000000000.00',
        lastYearExecuted: '10230000000.00',
        growthOnBudget: '0.130000',
        growthOnExecuted: '0.215054',
        revenueBudget: '15600000000.00',
        lastYearRevenue: '14520000000.00',
        revenueGrowth: '0.074380',
      }),
      book('GFB', {
        budget: '4000000000.00',
        share: '0.195791',
        lastYearBudget: '5000000000.00',
        lastYearExecuted: '4500000000.00',
        growthOnBudget: '-0.200000',
        growthOnExecuted: '-0.111111',
        revenueBudget: '20000000000.00',
      }),
      book('SCB', { budget: '1000000000.00', share: '0.048948' }),
      book('SIF', { budget: '3000000000.00', share: '0.146843' }),
    ],
    total: {
      budget: '20430000000.00',
      share: '1.000000',
      lastYearBudget: '16000000000.00',
      lastYearExecuted: '14730000000.00',
      growthOnBudget: '0.276875',
      growthOnExecuted: '0.386965',
      revenueBudget: '35600000000.00',
      lastYearRevenue: '14520000000.00',
      revenueGrowth: '1.451791',
    },
    ...overrides,
  };
}

export function sampleFunctions(): FunctionsReview {
  const fc = (
    code: string,
    nameZh: string,
    nameEn: string,
    budget: string,
    lastYearExecuted: string,
    growthOnExecuted: string | null,
  ) => ({
    code,
    nameZh,
    nameEn,
    budget,
    lastYearBudget: lastYearExecuted,
    lastYearExecuted,
    growthOnExecuted,
  });
  return {
    lastYearThroughMonth: 12,
    classes: [
      fc('205', '教育支出', 'Education', '12000000000.00', '9800000000.00', '0.224490'),
      fc('212', '城乡社区支出', 'Urban and rural community affairs', '4000000000.00', '4500000000.00', '-0.111111'),
      fc('209', '社会保险基金支出', 'Social insurance fund expenditure', '3000000000.00', '0.00', null),
      fc('208', '社会保障和就业支出', 'Social security and employment', '250000000.00', '280000000.00', '-0.107143'),
      fc('201', '一般公共服务支出', 'General public services', '180000000.00', '150000000.00', '0.200000'),
    ],
  };
}

export function sampleSangong(): SangongTrend {
  return {
    codes: [
      { code: '30212', nameZh: '因公出国（境）费用', nameEn: 'Official overseas travel' },
      { code: '30217', nameZh: '公务接待费', nameEn: 'Official hospitality' },
      { code: '30231', nameZh: '公务用车运行维护费', nameEn: 'Official vehicle operation and maintenance' },
      { code: '31013', nameZh: '公务用车购置', nameEn: 'Official vehicle purchase' },
    ],
    years: [
      {
        fiscalYear: 2025,
        throughMonth: 12,
        budget: '5000000.00',
        paid: '4300000.00',
        paidRate: '0.860000',
        budgetGrowth: null,
        byCode: [
          { code: '30212', budget: '3000000.00', paid: '2800000.00', budgetGrowth: null },
          { code: '30217', budget: '2000000.00', paid: '1500000.00', budgetGrowth: null },
          { code: '30231', budget: '0.00', paid: '0.00', budgetGrowth: null },
          { code: '31013', budget: '0.00', paid: '0.00', budgetGrowth: null },
        ],
      },
      {
        fiscalYear: 2026,
        throughMonth: 6,
        budget: '4300000.00',
        paid: '1500000.00',
        paidRate: '0.348837',
        budgetGrowth: '-0.140000',
        byCode: [
          { code: '30212', budget: '2500000.00', paid: '1000000.00', budgetGrowth: '-0.166667' },
          { code: '30217', budget: '1800000.00', paid: '500000.00', budgetGrowth: '-0.100000' },
          { code: '30231', budget: '0.00', paid: '0.00', budgetGrowth: null },
          { code: '31013', budget: '0.00', paid: '0.00', budgetGrowth: null },
        ],
      },
    ],
  };
}

export function samplePositions(overrides: Partial<PositionsReview> = {}): PositionsReview {
  return {
    debt: {
      fiscalYear: 2026,
      limit: '35000000000.00',
      balance: '27000000000.00',
      balancePeriod: '2026-03',
      fiscalCapacity: '22600000000.00',
      capacitySource: 'derived',
      debtRatio: '1.194690',
      debtRatioLine: '1',
      limitUsed: '0.771429',
    },
    stateAssets: {
      period: '2025',
      enterprises: 3,
      totalAssets: '40000000000.00',
      totalLiabilities: '27500000000.00',
      leverage: '0.687500',
      totalProfit: '460000000.00',
      netProfit: '308000000.00',
      overWarningLine: 2,
      lossMaking: 1,
      industrialLine: '0.65',
      otherLine: '0.7',
    },
    ...overrides,
  };
}

const BANDS: ReliabilityReview['bands'] = {
  aggregateExpenditure: [
    { score: 'A', low: '0.95', high: '1.05' },
    { score: 'B', low: '0.9', high: '1.1' },
    { score: 'C', low: '0.85', high: '1.15' },
  ],
  composition: [
    { score: 'A', low: '0', high: '0.05' },
    { score: 'B', low: '0', high: '0.1' },
    { score: 'C', low: '0', high: '0.15' },
  ],
  aggregateRevenue: [
    { score: 'A', low: '0.97', high: '1.06' },
    { score: 'B', low: '0.94', high: '1.12' },
    { score: 'C', low: '0.92', high: '1.16' },
  ],
};

export function sampleReliability(overrides: Partial<ReliabilityReview> = {}): ReliabilityReview {
  return {
    aggregateExpenditure: {
      fiscalYear: 2025,
      budget: '16000000000.00',
      actual: '14730000000.00',
      outturn: '0.920625',
      score: 'B',
    },
    composition: {
      fiscalYear: 2025,
      variance: '0.040295',
      score: 'A',
      excludedClasses: ['227', '232'],
      topClasses: [
        {
          code: '205',
          nameZh: '教育支出',
          nameEn: 'Education',
          scaledBudget: '9503225806.45',
          actual: '9800000000.00',
        },
        {
          code: '212',
          nameZh: '城乡社区支出',
          nameEn: 'Urban and rural community affairs',
          scaledBudget: '4751612903.23',
          actual: '4500000000.00',
        },
      ],
    },
    aggregateRevenue: {
      fiscalYear: 2025,
      budget: '14400000000.00',
      actual: '14520000000.00',
      outturn: '1.008333',
      score: 'A',
    },
    bands: BANDS,
    ...overrides,
  };
}
