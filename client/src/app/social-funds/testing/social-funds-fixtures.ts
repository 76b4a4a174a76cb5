import type {
  FundPosition,
  Position,
  SocialFundMonthly,
  SocialFundOverview,
  SocialFundRegions,
} from '../social-funds.types';

const position = (overrides: Partial<Position> = {}): Position => ({
  latestMonth: 10,
  income: '12000000000.00',
  expenditure: '11000000000.00',
  surplus: '1000000000.00',
  deficit: false,
  balance: '22000000000.00',
  averageExpenditure: '1100000000.00',
  monthsAveraged: 12,
  monthsPayable: '20.00',
  reserveLevel: 'normal',
  lastYearIncome: '11500000000.00',
  lastYearExpenditure: '10600000000.00',
  ...overrides,
});

const fund = (fundType: string, overrides: Partial<Position> = {}): FundPosition => ({
  fundType,
  ...position(overrides),
});

/** 临江市 2026 to October: the pension fund well covered, the 机关事业 pension in deficit and under 6 months. */
export function sampleOverview(overrides: Partial<SocialFundOverview> = {}): SocialFundOverview {
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    latestMonth: 10,
    lines: { yellowBelow: '9', redBelow: '6' },
    funds: [
      fund('企业职工基本养老保险'),
      fund('机关事业单位基本养老保险', {
        income: '800000000.00',
        expenditure: '900000000.00',
        surplus: '-100000000.00',
        deficit: true,
        balance: '450000000.00',
        averageExpenditure: '90000000.00',
        monthsPayable: '5.00',
        reserveLevel: 'red',
      }),
      fund('失业保险', {
        latestMonth: 9,
        income: '90000000.00',
        expenditure: '60000000.00',
        surplus: '30000000.00',
        balance: '52000000.00',
        averageExpenditure: '6500000.00',
        monthsAveraged: 7,
        monthsPayable: '8.00',
        reserveLevel: 'yellow',
      }),
    ],
    total: position({
      income: '12890000000.00',
      expenditure: '11960000000.00',
      surplus: '930000000.00',
      balance: '22502000000.00',
      monthsPayable: '18.81',
    }),
    ...overrides,
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Every fund together, January–October. */
export function sampleMonthly(overrides: Partial<SocialFundMonthly> = {}): SocialFundMonthly {
  return {
    fiscalYear: 2026,
    fundType: null,
    lines: { yellowBelow: '9', redBelow: '6' },
    months: MONTHS.map((month) => ({
      month,
      income: month <= 10 ? '1289000000.00' : null,
      expenditure: month <= 10 ? '1196000000.00' : null,
      balance: month <= 10 ? `${21572000000 + 93000000 * month}.00` : null,
      monthsPayable: month <= 10 ? '18.50' : null,
      reserveLevel: month <= 10 ? 'normal' : 'none',
      lastYearIncome: '1200000000.00',
      lastYearExpenditure: '1110000000.00',
    })),
    ...overrides,
  };
}

/** The city's own rows, a district in deficit, and a county under the red line that has reported to September. */
export function sampleRegions(overrides: Partial<SocialFundRegions> = {}): SocialFundRegions {
  return {
    fundType: null,
    lines: { yellowBelow: '9', redBelow: '6' },
    regions: [
      { regionCode: '390100', regionName: '临江市', level: 'city', branch: 'self', ...position() },
      {
        regionCode: '390102',
        regionName: '江城区',
        level: 'county',
        branch: 'child',
        ...position({
          income: '299.99',
          expenditure: '300.00',
          surplus: '-0.01',
          deficit: true,
          balance: '899.99',
          averageExpenditure: '100.00',
          monthsPayable: '8.99',
          reserveLevel: 'yellow',
        }),
      },
      {
        regionCode: '390122',
        regionName: '南屏县',
        level: 'county',
        branch: 'child',
        ...position({
          latestMonth: 9,
          balance: '350000000.00',
          averageExpenditure: '100000000.00',
          monthsPayable: '3.50',
          reserveLevel: 'red',
        }),
      },
    ],
    ...overrides,
  };
}
