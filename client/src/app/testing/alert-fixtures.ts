import type { AlertDetail, AlertPage, AlertSummary, DetectionSummary, RuleWithThresholds } from '../alerts/alert.types';

/** A large payment of the demo city, as alerts.list sends it (NUMERIC(30,6) as text). */
export function sampleAlert(overrides: Partial<AlertSummary> = {}): AlertSummary {
  return {
    id: '7',
    ruleCode: 'PAY-LARGE',
    ruleNameZh: '大额支付',
    ruleNameEn: 'Large payment',
    severity: 'yellow',
    regionCode: '390102',
    regionName: '城东区',
    entityType: 'voucher_no',
    entityKey: 'V2026000123',
    period: '2026-03-15',
    value: '6200000.000000',
    threshold: '5000000.000000',
    explanationZh: '单笔支付620万元，达到大额支付阈值500万元',
    explanationEn: 'A single payment of 6,200,000 yuan, at or above the threshold of 5,000,000 yuan',
    status: 'new',
    assigneeUnit: null,
    deadline: null,
    detectedAt: '2026-11-20T06:05:00Z',
    updatedAt: '2026-11-20T06:05:00Z',
    resolvedAt: null,
    ...overrides,
  };
}

/** Two open alerts of the scope: one red, one yellow. */
export function sampleAlertPage(overrides: Partial<AlertPage> = {}): AlertPage {
  return {
    total: 2,
    page: 1,
    pageSize: 20,
    items: [
      sampleAlert({
        id: '9',
        ruleCode: 'EXE-LAG',
        ruleNameZh: '支出进度滞后',
        ruleNameEn: 'Spending behind schedule',
        severity: 'red',
        regionCode: '390100',
        regionName: '临江市',
        entityType: 'agency_code',
        entityKey: '390100101',
        period: '2026',
        value: '31.204500',
        threshold: '30',
        explanationZh: '临江市教育局支出进度低于序时进度31.20个百分点',
        explanationEn: 'The education bureau is 31.20 pp behind time progress',
      }),
      sampleAlert(),
    ],
    bySeverity: { red: 1, orange: 0, yellow: 1 },
    ...overrides,
  };
}

export function sampleAlertDetail(overrides: Partial<AlertDetail> = {}): AlertDetail {
  return {
    ...sampleAlert(),
    ruleVersion: 2,
    params: { threshold: 5000000 },
    evidence: { vouchers: ['V2026000123'], agencyCode: '390102001', payee: '临江建设有限公司', econCode: '31005', amount: '6200000.00' },
    assigneeUnit: null,
    deadline: null,
    events: [
      { kind: 'detected', actor: null, fromStatus: null, toStatus: null, comment: '', details: { severity: 'yellow', value: '6200000.00' }, createdAt: '2026-11-20T06:05:00Z' },
      {
        kind: 'data_changed',
        actor: null,
        fromStatus: null,
        toStatus: null,
        comment: '',
        details: { from: { severity: 'yellow', value: '5800000.000000', threshold: '5000000.000000', resolved: false }, to: { severity: 'yellow', value: '6200000.00', threshold: '5000000.00' } },
        createdAt: '2026-11-21T02:00:00Z',
      },
    ],
    ...overrides,
  };
}

/** Two rules of the catalog: one tuned by the city, one without parameters. */
export function sampleRules(): RuleWithThresholds[] {
  return [
    {
      code: 'EXE-LAG',
      version: 1,
      nameZh: '支出进度滞后',
      nameEn: 'Spending behind schedule',
      category: 'execution',
      entityType: 'agency_code',
      descriptionZh: '单位支出进度低于序时进度',
      descriptionEn: 'An agency spends behind time progress',
      basis: '预算法 第五十七条',
      defaults: { yellowPoints: 15, redPoints: 30, minBudget: 1000000 },
      overrides: [{ regionCode: '390100', regionName: '临江市', params: { yellowPoints: 12 }, updatedAt: '2026-11-01T00:00:00Z' }],
    },
    {
      code: 'EXE-OVER',
      version: 1,
      nameZh: '超指标支出',
      nameEn: 'Spending over the budget line',
      category: 'execution',
      entityType: 'line_id',
      descriptionZh: '支付超过指标金额',
      descriptionEn: 'Payments exceed the line',
      basis: '预算法',
      defaults: {},
      overrides: [],
    },
  ];
}

export function sampleDetection(): DetectionSummary {
  return {
    asOf: '2026-11-20',
    rules: [{ code: 'EXE-LAG', found: 3, created: 1, updated: 1, resolved: 2, ms: 40 }],
  };
}
