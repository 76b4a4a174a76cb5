import type {
  AgencyExecution,
  AgencyLines,
  AgencyRanking,
  FunctionBreakdown,
  MonthlyExecution,
  PaymentPage,
  PaymentRow,
} from '../execution/execution.types';

/** An agency's line of the ranking; defaults: 45 % of a 2,400,000 budget paid, 43.8 pp behind. */
export function sampleAgency(overrides: Partial<AgencyExecution> = {}): AgencyExecution {
  return {
    agencyCode: '390112901',
    agencyName: '青岚区乡村振兴服务中心',
    regionCode: '390112',
    regionName: '青岚区',
    budget: '2400000.00',
    executed: '1080000.00',
    executionRate: '0.450000',
    lag: '0.437671',
    payments: 37,
    ...overrides,
  };
}

/** The city at 20 November 2026: three agencies behind, ahead, and without a budget. */
export function sampleRanking(overrides: Partial<AgencyRanking> = {}): AgencyRanking {
  return {
    regionCode: '390100',
    regionName: '临江市',
    fiscalYear: 2026,
    asOf: '2026-11-20',
    timeProgress: '0.887671',
    agencies: [
      sampleAgency(),
      sampleAgency({
        agencyCode: '390100301',
        agencyName: '临江市教育局',
        regionCode: '390100',
        regionName: '临江市',
        budget: '123456789.00',
        executed: '113456789.00',
        executionRate: '0.918999',
        lag: '-0.031328',
        payments: 4210,
      }),
      sampleAgency({
        agencyCode: '390112999',
        agencyName: '青岚区临时工作专班',
        budget: '0.00',
        executed: '12000.00',
        executionRate: null,
        lag: null,
        payments: 2,
      }),
    ],
    ...overrides,
  };
}

const MONTHLY_2026 = ['100000', '200000', '300000', '400000', '500000', '600000', '700000', '800000', '900000', '1000000', '1080000'];

/** The agency month by month: paid to November (the as-of month), last year to December. */
export function sampleMonthly(overrides: Partial<MonthlyExecution> = {}): MonthlyExecution {
  return {
    fiscalYear: 2026,
    budget: '2400000.00',
    lastYearBudget: '2200000.00',
    months: Array.from({ length: 12 }, (_, index) => {
      const cumulative = MONTHLY_2026[index] ?? '1080000';
      const previous = index === 0 ? '0' : (MONTHLY_2026[index - 1] ?? '1080000');
      return {
        month: index + 1,
        executed: `${Number(cumulative) - Number(previous)}.00`,
        cumulative: `${cumulative}.00`,
        lastYear: '180000.00',
        lastYearCumulative: `${180000 * (index + 1)}.00`,
      };
    }),
    ...overrides,
  };
}

export function sampleFunctions(): FunctionBreakdown {
  return {
    classes: [
      {
        code: '213',
        nameZh: '农林水支出',
        nameEn: 'Agriculture, forestry and water',
        budget: '2000000.00',
        executed: '900000.00',
        children: [
          { code: '21305', nameZh: '巩固脱贫攻坚成果衔接乡村振兴', nameEn: 'Rural revitalization', budget: '2000000.00', executed: '900000.00' },
        ],
      },
      {
        code: '201',
        nameZh: '一般公共服务支出',
        nameEn: 'General public services',
        budget: '400000.00',
        executed: '180000.00',
        children: [
          { code: '20101', nameZh: '人大事务', nameEn: 'People’s congress affairs', budget: '150000.00', executed: '180000.00' },
          { code: '20103', nameZh: '政府办公厅（室）及相关机构事务', nameEn: 'Government offices', budget: '250000.00', executed: '0.00' },
        ],
      },
      {
        code: '229',
        nameZh: '其他支出',
        nameEn: 'Other expenditure',
        budget: '0.00',
        executed: '-500.00',
        children: [],
      },
    ],
  };
}

export function sampleLines(overrides: Partial<AgencyLines> = {}): AgencyLines {
  return {
    agencyCode: '390112901',
    agencyName: '青岚区乡村振兴服务中心',
    regionCode: '390112',
    regionName: '青岚区',
    lines: [
      {
        lineId: 'ZB2026390112901001',
        book: 'GPB',
        funcCode: '2130599',
        funcName: '其他巩固脱贫攻坚成果衔接乡村振兴支出',
        funcNameEn: 'Other consolidation of poverty alleviation achievements',
        econCode: '30201',
        econName: '办公费',
        econNameEn: 'Office expenses',
        projectName: '乡村振兴示范点建设',
        docNo: '青财预〔2026〕1号',
        budget: '2000000.00',
        executed: '900000.00',
        executionRate: '0.450000',
        payments: 30,
      },
      {
        lineId: 'ZB2026390112901002',
        book: 'GPB',
        funcCode: '2010101',
        funcName: null,
        funcNameEn: null,
        econCode: '30211',
        econName: null,
        econNameEn: null,
        projectName: null,
        docNo: '青财预〔2026〕2号',
        budget: '150000.00',
        executed: '180000.00',
        executionRate: '1.200000',
        payments: 5,
      },
    ],
    unattributed: { executed: '23800.00', payments: 2 },
    ...overrides,
  };
}

export function samplePayment(overrides: Partial<PaymentRow> = {}): PaymentRow {
  return {
    voucherNo: 'ZF202639011290100001',
    payDate: '2026-03-05',
    book: 'GPB',
    funcCode: '2130599',
    econCode: '30201',
    lineId: 'ZB2026390112901001',
    payeeName: '临江市青岚印务有限公司',
    payeeType: 'unit',
    payMethod: 'direct',
    amount: '23800.00',
    purpose: '宣传资料印刷',
    ...overrides,
  };
}

export function samplePaymentPage(overrides: Partial<PaymentPage> = {}): PaymentPage {
  return {
    total: 37,
    totalAmount: '1080000.00',
    page: 1,
    pageSize: 20,
    rows: [
      samplePayment(),
      samplePayment({
        voucherNo: 'ZF202639011290100002',
        payDate: '2026-11-18',
        payeeName: '王*明',
        payeeType: 'individual',
        payMethod: 'authorized',
        amount: '-1200.50',
        lineId: null,
        purpose: null,
      }),
    ],
    ...overrides,
  };
}
