import type { BudgetTotals } from './city-spending';
import { ceilScaleFen, ceilToUnit, roundToUnit, scaleFen, splitFen, yuan } from './money';
import type { PlantedPayment } from './planted-agency';
import { OFFICE, PLANTED, PLANTED_DISTRICT, voucher, type Planter } from './planted-agencies';
import { budgetOf } from './planted-budgets';
import type { PlantedAlert } from './planted-manifest';
import type { Random } from './prng';

const CONTRACTOR = '临江恒通路桥工程有限公司';
const TEN_THOUSAND_YUAN = yuan(10_000);
/** An economic code absent from the 2026 classification (a retired local code), for DQ-CODE. */
export const UNKNOWN_ECON = '30230';

/** The budget-reliability and data-quality cases, all in 青岚区. */
export const BUDGET_ALERTS: readonly PlantedAlert[] = [
  // 2025: a mid-year GFB supplement of 14 % of the district's budget for house-demolition compensation,
  // spent in full: payments reach ~112 % of the initial budget …
  { rule: 'BUD-PI1', entityKey: PLANTED_DISTRICT, severity: 'orange' },
  // … all in function class 212, so the composition variance is ~22 %.
  { rule: 'BUD-PI2', entityKey: PLANTED_DISTRICT, severity: 'red' },
  // 2026: a second 预备费 line of 1.6 % of the GPB budget takes the reserve to ~3.5 %, above 预算法's 3 %.
  { rule: 'BUD-RESERVE', entityKey: PLANTED_DISTRICT, severity: 'yellow' },
  // A 2026 payment booked under an economic code the 2026 classification does not have.
  { rule: 'DQ-CODE', entityKey: `{batch:payments}/${PLANTED_DISTRICT}/econ_code=${UNKNOWN_ECON}`, severity: 'yellow' },
];
/** The DQ-CODE payment: its voucher, for tests that check the base data's codes. */
export const UNKNOWN_CODE_VOUCHER = voucher(PLANTED.payments, 2026, 12);

export function paymentCases(plant: Planter): void {
  const p = plant(PLANTED.payments);
  const repairs = p.line({ year: 2026, econ: '30213', fen: yuan(1_800_000) });
  const labour = p.line({ year: 2026, econ: '30226', fen: yuan(150_000) });
  const office = p.line({ year: 2026, econ: '30201', fen: yuan(120_000) });
  const services = p.line({ year: 2026, econ: '30227', fen: yuan(250_000) });
  const road = '青岚区主干道路面维修工程';
  const cleaning = '临江立诚物业服务有限公司';
  // Vouchers are numbered in call order, which is the date order: the manifest names 3, 5, 7, 8 and 11.
  const inOrder: [string, PlantedPayment][] = [
    [repairs, { date: '2026-02-10', fen: yuan(180_000), payee: CONTRACTOR, purpose: '道路日常养护费' }],
    [
      labour,
      { date: '2026-03-16', fen: yuan(12_000), payee: '周建国', individual: true, purpose: '道路巡查临时劳务费' },
    ],
    [repairs, { date: '2026-06-08', fen: yuan(680_000), payee: CONTRACTOR, purpose: `${road}（一标段）` }],
    [repairs, { date: '2026-06-12', fen: yuan(640_000), payee: CONTRACTOR, purpose: `${road}（二标段）` }],
    [
      labour,
      { date: '2026-07-08', fen: yuan(68_000), payee: '陈志远', individual: true, purpose: '市政设施检测劳务费' },
    ],
    [services, { date: '2026-07-14', fen: yuan(86_400), payee: cleaning, purpose: '市政设施保洁服务费（7月）' }],
    [services, { date: '2026-07-16', fen: yuan(86_400), payee: cleaning, purpose: '市政设施保洁服务费（7月）' }],
    [office, { date: '2026-08-18', fen: yuan(32_500), payee: OFFICE, settle: 'cash', purpose: '办公用品采购（现金）' }],
    [repairs, { date: '2026-09-15', fen: yuan(210_000), payee: CONTRACTOR, purpose: '道路日常养护费' }],
    [office, { date: '2026-09-15', fen: yuan(18_600), payee: OFFICE, purpose: '办公用品采购' }],
    [
      office,
      { date: '2026-10-02', fen: yuan(12_800), payee: OFFICE, holiday: true, purpose: '国庆节期间应急物资采购' },
    ],
    [
      services,
      { date: '2026-10-20', fen: yuan(9_600), econ: UNKNOWN_ECON, payee: cleaning, purpose: '市政设施保洁耗材费' },
    ],
  ];
  for (const [line, payment] of inOrder) p.pay(line, [payment]);
}

/** Reimbursements kept just under approval limits: 4,500–4,999.99 and 9,200–9,999.99 yuan, ~1.5 per working day. */
export function benfordCase(plant: Planter, random: Random, workdays: readonly string[]): void {
  const b = plant(PLANTED.benford);
  const suppliers = [
    '临江佳和商贸有限公司',
    '临江广源商贸有限公司',
    '临江长兴劳保用品有限公司',
    '临江聚贤文化用品有限公司',
  ];
  const count = 330;
  const used = new Set<number>();
  const drafts = Array.from({ length: count }, (_, i) => {
    let fen: number;
    do fen = random.chance(0.5) ? random.int(450_000, 499_999) : random.int(920_000, 999_999);
    while (used.has(fen));
    used.add(fen);
    return { date: workdays[Math.floor((i * workdays.length) / count)]!, fen, upkeep: i % 3 === 0 };
  });
  const paid = (upkeep: boolean) => drafts.filter((d) => d.upkeep === upkeep).reduce((sum, d) => sum + d.fen, 0);
  // Budgets of 88 % paid by the as-of date, in step with time progress (EXE-LAG quiet), rounded up to 10,000 yuan.
  const budget = (fen: number) => ceilToUnit(ceilScaleFen(fen, 100, 88), TEN_THOUSAND_YUAN);
  const supplies = b.line({ year: 2026, econ: '30299', fen: budget(paid(false)) });
  const upkeep = b.line({ year: 2026, econ: '30213', fen: budget(paid(true)) });
  drafts.forEach((d, i) =>
    b.pay(d.upkeep ? upkeep : supplies, [
      {
        date: d.date,
        fen: d.fen,
        payee: suppliers[i % suppliers.length]!,
        settle: d.fen < 500_000 ? 'card' : 'transfer',
        purpose: d.upkeep ? '办公区零星维修费报销' : '后勤保障零星物资采购报销',
      },
    ]),
  );
}

/** Spreads a total over n payments of 80–120 % of the mean each, in fen (exactly: the parts add up to the total). */
const spread = (random: Random, totalFen: number, n: number): number[] =>
  splitFen(
    totalFen,
    Array.from({ length: n }, () => random.int(80, 120)),
  );

/** Working days of a year within [from, to]. */
const between = (days: readonly string[], from: string, to: string) => days.filter((d) => d >= from && d <= to);

/** BUD-PI1 and BUD-PI2 (2025, a GFB supplement spent in function class 212) and BUD-RESERVE (2026). */
export function budgetCases(
  plant: Planter,
  budgets: BudgetTotals,
  random: Random,
  workdays: ReadonlyMap<number, readonly string[]>,
): void {
  const c = plant(PLANTED.compensation);
  const district2025 = (['GPB', 'GFB', 'SCB', 'SIF'] as const).reduce(
    (sum, book) => sum + budgetOf(budgets, PLANTED_DISTRICT, 2025, book),
    0,
  );
  const supplementFen = roundToUnit(scaleFen(district2025, 14, 100), TEN_THOUSAND_YUAN);
  const initial = c.line({ year: 2025, econ: '31099', fen: yuan(2_000_000), book: 'GFB' });
  c.line({
    year: 2025,
    econ: '31099',
    fen: supplementFen,
    book: 'GFB',
    type: 'supplement',
    parent: initial,
    issued: '2025-06-16',
  });
  const payees = ['青岚区滨河街道股份经济合作联合社', '临江中拓建设集团有限公司', '青岚区城市建设发展中心'];
  const early = between(workdays.get(2025)!, '2025-03-01', '2025-05-31');
  const late = between(workdays.get(2025)!, '2025-07-01', '2025-11-28');
  // Under 1,000,000 yuan before the supplement, one payee each; 3.8 million on average after it, none ≥ 5,000,000.
  const first = spread(random, yuan(2_000_000), 4);
  const after = spread(random, supplementFen, Math.ceil(supplementFen / yuan(3_800_000)));
  const pay = (fen: number, i: number, days: readonly string[], n: number) =>
    c.pay(initial, [
      {
        date: days[Math.floor((i * days.length) / n)]!,
        fen,
        payee: payees[i % payees.length]!,
        purpose: '青岚区滨河片区房屋征收补偿款',
      },
    ]);
  first.forEach((fen, i) => pay(fen, i, early, first.length));
  after.forEach((fen, i) => pay(fen, i, late, after.length));

  // The reserve line is drawn on as emergencies come (动用预备费), 88 % by the as-of date: EXE-LAG and EXE-IDLE stay quiet.
  const r = plant(PLANTED.reserve);
  const reserveFen = roundToUnit(
    scaleFen(budgetOf(budgets, PLANTED_DISTRICT, 2026, 'GPB'), 16, 1_000),
    TEN_THOUSAND_YUAN,
  );
  const reserve = r.line({ year: 2026, econ: '39999', fen: reserveFen });
  const released = scaleFen(reserveFen, 88, 100);
  const releases = spread(random, released, Math.ceil(released / yuan(3_000_000)));
  const days = between(workdays.get(2026)!, '2026-02-01', '2026-10-31');
  releases.forEach((fen, i) =>
    r.pay(reserve, [
      {
        date: days[Math.floor((i * days.length) / releases.length)]!,
        fen,
        payee: i % 2 === 0 ? '临江长兴劳保用品有限公司' : '临江水利水电工程有限公司',
        purpose: '动用预备费：防汛抢险应急支出',
      },
    ]),
  );
}
