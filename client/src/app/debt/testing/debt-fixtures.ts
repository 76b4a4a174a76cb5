import type { BondMaturities, BondProjects, DebtPositionRow, DebtPositions, Indicator } from '../debt.types';

const indicator = (value: string | null, severity: Indicator['severity'] = null): Indicator => ({ value, severity });

function row(overrides: Partial<DebtPositionRow>): DebtPositionRow {
  return {
    regionCode: '390100',
    regionName: '临江市',
    level: 'city',
    period: '2026-10',
    general: { limit: '30000000000.00', balance: '25000000000.00', overLimit: false },
    special: { limit: '42000000000.00', balance: '38000000000.00', overLimit: false },
    balance: '63000000000.00',
    limit: '72000000000.00',
    principalRepaid: '3000000000.00',
    interestPaid: '1500000000.00',
    overdue: '0.00',
    fiscalCapacity: '90000000000.00',
    fiscalCapacitySource: 'reported',
    expenditure: '60000000000.00',
    debtRatio: indicator('0.700000'),
    serviceRatio: indicator('0.050000'),
    interestRatio: indicator('0.025000'),
    overdueRatio: indicator('0.000000'),
    ...overrides,
  };
}

/** A city at 70 % and a development zone over its lines, figures as the API sends them. */
export function samplePositions(overrides: Partial<DebtPositions> = {}): DebtPositions {
  const city = row({});
  const zone = row({
    regionCode: '390171',
    regionName: '临江经济技术开发区',
    level: 'zone',
    general: { limit: null, balance: '0.00', overLimit: false },
    special: { limit: '1200000000.00', balance: '1370000000.00', overLimit: true },
    balance: '1370000000.00',
    limit: '1200000000.00',
    principalRepaid: '150000000.00',
    interestPaid: '80000000.00',
    overdue: '411000000.00',
    fiscalCapacity: '1000000000.00',
    expenditure: '571000000.00',
    debtRatio: indicator('1.370000', 'red'),
    serviceRatio: indicator('0.230000', 'orange'),
    interestRatio: indicator('0.140105', 'red'),
    overdueRatio: indicator('0.299999', 'orange'),
  });
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    total: row({
      general: { limit: '30000000000.00', balance: '25000000000.00', overLimit: false },
      special: { limit: '43200000000.00', balance: '39370000000.00', overLimit: false },
      balance: '64370000000.00',
      limit: '73200000000.00',
      fiscalCapacity: '91000000000.00',
      fiscalCapacitySource: 'mixed',
      debtRatio: indicator('0.707362'),
      serviceRatio: indicator('0.051978'),
      interestRatio: indicator('0.026203'),
      overdueRatio: indicator('0.006384'),
    }),
    regions: [city, zone],
    lines: {
      debtRatio: {
        ruleCode: 'DEBT-RATIO',
        lines: [
          { severity: 'orange', ratio: '1' },
          { severity: 'red', ratio: '1.2' },
        ],
      },
      serviceRatio: { ruleCode: 'DEBT-SERVICE', lines: [{ severity: 'orange', ratio: '0.2' }] },
      interestRatio: { ruleCode: 'DEBT-INTEREST', lines: [{ severity: 'red', ratio: '0.1' }] },
      overdueRatio: {
        ruleCode: 'DEBT-OVERDUE',
        lines: [
          { severity: 'yellow', ratio: '0.1' },
          { severity: 'orange', ratio: '0.2' },
          { severity: 'red', ratio: '0.5' },
        ],
      },
    },
    ...overrides,
  };
}

/** A region and year with nothing loaded. */
export function emptyPositions(): DebtPositions {
  const zero = row({
    period: null,
    general: { limit: null, balance: '0.00', overLimit: false },
    special: { limit: null, balance: '0.00', overLimit: false },
    balance: '0.00',
    limit: null,
    principalRepaid: '0.00',
    interestPaid: '0.00',
    fiscalCapacity: null,
    fiscalCapacitySource: null,
    expenditure: '0.00',
    debtRatio: indicator(null),
    serviceRatio: indicator(null),
    interestRatio: indicator(null),
    overdueRatio: indicator(null),
  });
  return samplePositions({ fiscalYear: 2024, total: zero, regions: [] });
}

const bucket = (general: string, special: string, bonds: number) => ({
  total: (Number(general) + Number(special)).toFixed(2),
  general,
  special,
  bonds,
});

export function sampleMaturities(): BondMaturities {
  return {
    fiscalYear: 2026,
    outstanding: bucket('25000000000.00', '39370000000.00', 120),
    years: Array.from({ length: 10 }, (_, index) => ({
      year: 2027 + index,
      ...(index === 0 ? bucket('2500000000.00', '1000000000.00', 9) : bucket('2000000000.00', '3000000000.00', 10)),
    })),
    later: bucket('4500000000.00', '11370000000.00', 21),
  };
}

export function sampleProjects(): BondProjects {
  return {
    fiscalYear: 2026,
    total: { projects: 3, allocated: '1500000000.00', spent: '900000000.00', spentRatio: '0.600000' },
    regions: [
      {
        regionCode: '390100',
        regionName: '临江市',
        projects: 2,
        allocated: '1300000000.00',
        spent: '880000000.00',
        spentRatio: '0.676923',
      },
      {
        regionCode: '390171',
        regionName: '临江经济技术开发区',
        projects: 1,
        allocated: '200000000.00',
        spent: '20000000.00',
        spentRatio: '0.100000',
      },
    ],
    projects: [
      {
        projectCode: '2506-390171-48-01-900001',
        projectName: '开发区综合管廊项目',
        bondCode: '2539901',
        bondName: '2025年江南省政府专项债券（九期）',
        regionCode: '390171',
        regionName: '临江经济技术开发区',
        agencyCode: '390171502',
        agencyName: '开发区建设局',
        issueDate: '2025-06-16',
        asOfDate: '2026-10-31',
        allocated: '200000000.00',
        spent: '30000000.00',
        spentRatio: '0.150000',
        idle: 'red',
      },
      {
        projectCode: '2503-390100-48-01-123456',
        projectName: '临江市城区老旧管网更新改造项目',
        bondCode: '2539001',
        bondName: null,
        regionCode: '390100',
        regionName: '临江市',
        agencyCode: '390100502',
        agencyName: null,
        issueDate: null,
        asOfDate: '2026-10-31',
        allocated: '800000000.00',
        spent: '760000000.00',
        spentRatio: '0.950000',
        idle: null,
      },
    ],
    idleLines: [
      { severity: 'red', months: 12, belowRatio: '0.2' },
      { severity: 'yellow', months: 6, belowRatio: '0.5' },
    ],
  };
}
