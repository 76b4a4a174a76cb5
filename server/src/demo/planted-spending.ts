import type { CsvFileWriter } from './csv-writer';
import { yuan } from './money';
import { AgencyPlanter, type PlantedLedger, type PlantedPayment } from './planted-agency';
import { lineOf, OFFICE, PLANTED as A, voucher, type Planter } from './planted-agencies';
import type { PlantedAlert } from './planted-manifest';
import type { Random } from './prng';
import type { BudgetTotals } from './city-spending';
import { benfordCase, budgetCases, paymentCases } from './planted-payments';

/** What the planted spending raises at the demo's as-of date 2026-11-20 (time progress 324/365 = 88.8 %). */
export const SPENDING_ALERTS: readonly PlantedAlert[] = [
  // 45.0 % of a 2,400,000 budget paid, 43.8 pp behind time progress.
  { rule: 'EXE-LAG', entityKey: `${A.lagRed.code}/GPB`, severity: 'red' },
  // 70.0 % of 1,800,000 paid, 18.8 pp behind.
  { rule: 'EXE-LAG', entityKey: `${A.lagYellow.code}/GPB`, severity: 'yellow' },
  // 2025: 43.8 % of the budget paid by November, then 55.7 % of the year's payments in December.
  { rule: 'EXE-SURGE', entityKey: A.surgeRed.code, severity: 'red' },
  // 2025: 27.1 % of the year's payments in December (71.7 % of the budget paid by November).
  { rule: 'EXE-SURGE', entityKey: A.surgeYellow.code, severity: 'yellow' },
  // 648,000 paid on a 600,000 line.
  { rule: 'EXE-OVER', entityKey: lineOf(A.overspend, 2026, 1), severity: 'red' },
  // A printing bill with no line_id and no 30202 budget of the agency.
  { rule: 'EXE-NOBUDGET', entityKey: voucher(A.overspend, 2026, 8), severity: 'red' },
  // 三公 hospitality 42,500 by 20 November 2026 against 25,800 over the same period of 2025, within its budget.
  { rule: 'EXE-SANGONG', entityKey: A.sangongYellow.code, severity: 'yellow' },
  // 三公 64,000 against a 三公 budget of 40,000: official car costs charged to the 30299 line.
  { rule: 'EXE-SANGONG', entityKey: A.sangongRed.code, severity: 'red' },
  // A 1,200,000 line issued 2026-01-05, nothing paid 319 days later.
  { rule: 'EXE-IDLE', entityKey: lineOf(A.projects, 2026, 2), severity: 'red' },
  // A 1,000,000 supplement line issued 2026-04-15, nothing paid 219 days later.
  { rule: 'EXE-IDLE', entityKey: lineOf(A.projects, 2026, 3), severity: 'yellow' },
  // Five adjustment and transfer rows in 2026.
  { rule: 'EXE-ADJUST', entityKey: A.adjustments.code, severity: 'yellow' },
  // 6,280,000 yuan at once.
  { rule: 'PAY-LARGE', entityKey: voucher(A.projects, 2026, 3), severity: 'yellow' },
  // 68,000 labour fee (30226) to a person.
  { rule: 'PAY-INDIV', entityKey: voucher(A.payments, 2026, 5), severity: 'orange' },
  // 32,500 office supplies paid in cash.
  { rule: 'PAY-CASH', entityKey: voucher(A.payments, 2026, 8), severity: 'orange' },
  // 680,000 + 640,000 to one contractor four days apart, each under the 1,000,000 tender threshold.
  { rule: 'PAY-SPLIT', entityKey: voucher(A.payments, 2026, 3), severity: 'orange' },
  // 86,400 twice to one firm two days apart; the later voucher.
  { rule: 'PAY-DUP', entityKey: voucher(A.payments, 2026, 7), severity: 'red' },
  // Paid on 2 October 2026, a National Day holiday.
  { rule: 'PAY-HOLIDAY', entityKey: voucher(A.payments, 2026, 11), severity: 'yellow' },
  // 2026: every payment just under 5,000 or 10,000 yuan — first digits 4 and 9 only.
  { rule: 'PAY-BENFORD', entityKey: A.benford.code, severity: 'yellow' },
];

/** Payments of whole yuan to one payee for one purpose: [date, yuan] pairs. */
function series(payee: string, purpose: string, rows: readonly (readonly [string, number])[]): PlantedPayment[] {
  return rows.map(([date, amount]) => ({ date, fen: yuan(amount), payee, purpose }));
}

function execution(plant: Planter): void {
  const lagRed = plant(A.lagRed);
  const villages = lagRed.line({
    year: 2026,
    econ: '30227',
    fen: yuan(2_400_000),
    project: { code: `XM${A.lagRed.code}01`, name: '青岚区乡村振兴示范村建设' },
  });
  lagRed.pay(
    villages,
    series('临江嘉禾农业发展有限公司', '乡村振兴示范村建设项目进度款', [
      ['2026-02-10', 168_000],
      ['2026-03-16', 212_500],
      ['2026-05-18', 186_300],
      ['2026-07-14', 175_800],
      ['2026-08-18', 154_200],
      ['2026-09-15', 183_200],
    ]),
  );

  const lagYellow = plant(A.lagYellow);
  const renewal = lagYellow.line({
    year: 2026,
    econ: '30227',
    fen: yuan(1_800_000),
    project: { code: `XM${A.lagYellow.code}01`, name: '青岚区老旧街区更新改造规划' },
  });
  lagYellow.pay(
    renewal,
    series('临江博远工程咨询有限公司', '老旧街区更新改造规划编制服务费', [
      ['2026-02-10', 146_000],
      ['2026-03-16', 158_500],
      ['2026-04-20', 171_200],
      ['2026-05-20', 163_800],
      ['2026-06-08', 149_600],
      ['2026-07-08', 192_400],
      ['2026-09-15', 138_900],
      ['2026-10-14', 139_600],
    ]),
  );

  // December surges of 2025: the year's budget is paid in full, but late.
  const surgeRed = plant(A.surgeRed);
  const upkeep = surgeRed.line({ year: 2025, econ: '30213', fen: yuan(1_600_000) });
  surgeRed.pay(upkeep, [
    { date: '2025-03-12', fen: yuan(236_000), payee: '临江安泰建筑装饰工程有限公司', purpose: '机关办公楼维修费' },
    { date: '2025-06-17', fen: yuan(248_500), payee: '临江安泰建筑装饰工程有限公司', purpose: '机关办公楼维修费' },
    { date: '2025-09-10', fen: yuan(215_500), payee: '临江永兴机电设备有限公司', purpose: '机关办公楼设备维护费' },
    { date: '2025-12-05', fen: yuan(226_000), payee: '临江永兴机电设备有限公司', purpose: '机关办公楼设备更新维护费' },
    { date: '2025-12-12', fen: yuan(218_400), payee: '临江安泰建筑装饰工程有限公司', purpose: '机关食堂改造维修费' },
    { date: '2025-12-19', fen: yuan(231_600), payee: '临江润达空调工程有限公司', purpose: '机关办公楼空调维护费' },
    { date: '2025-12-26', fen: yuan(204_000), payee: '临江鼎盛电梯工程有限公司', purpose: '机关办公楼电梯维护费' },
  ]);

  const surgeYellow = plant(A.surgeYellow);
  const archives = surgeYellow.line({ year: 2025, econ: '30227', fen: yuan(1_200_000) });
  surgeYellow.pay(
    archives,
    series('临江同创信息技术有限公司', '档案数字化加工服务费', [
      ['2025-03-12', 214_000],
      ['2025-06-17', 228_000],
      ['2025-09-10', 196_000],
      ['2025-11-12', 222_000],
      ['2025-12-12', 168_000],
      ['2025-12-26', 152_000],
    ]),
  );

  const overspend = plant(A.overspend);
  const platform = overspend.line({ year: 2026, econ: '30227', fen: yuan(600_000) });
  const office = overspend.line({ year: 2026, econ: '30201', fen: yuan(120_000) });
  overspend.pay(
    platform,
    series('临江云帆网络科技有限公司', '融媒体平台运维服务费', [
      ['2026-02-10', 118_000],
      ['2026-04-20', 126_000],
      ['2026-06-08', 131_000],
      ['2026-08-18', 137_000],
      ['2026-10-20', 136_000],
    ]),
  );
  overspend.pay(office, [
    { date: '2026-03-16', fen: yuan(41_200), payee: OFFICE, purpose: '办公用品采购' },
    { date: '2026-09-15', fen: yuan(44_800), payee: OFFICE, purpose: '办公用品采购' },
  ]);
  overspend.pay(
    null,
    [{ date: '2026-10-12', fen: yuan(23_800), payee: '临江华新彩印有限公司', purpose: '宣传画册印刷费' }],
    { year: 2026, econ: '30202' },
  );

  const sangongYellow = plant(A.sangongYellow);
  for (const [year, dates] of [
    [2025, ['2025-03-12', '2025-06-17', '2025-09-10']],
    [2026, ['2026-03-11', '2026-05-20', '2026-07-08', '2026-10-14']],
  ] as const) {
    const hospitality = sangongYellow.line({ year, econ: '30217', fen: yuan(60_000) });
    const amounts = year === 2025 ? [8_600, 9_400, 7_800] : [9_800, 11_200, 12_600, 8_900];
    sangongYellow.pay(
      hospitality,
      dates.map((date, i) => ({
        date,
        fen: yuan(amounts[i]!),
        payee: '临江泰和大酒店有限公司',
        purpose: '招商客商接待费',
      })),
    );
  }

  const sangongRed = plant(A.sangongRed);
  const reception = sangongRed.line({ year: 2026, econ: '30217', fen: yuan(40_000) });
  const other = sangongRed.line({ year: 2026, econ: '30299', fen: yuan(300_000) });
  sangongRed.pay(reception, [
    { date: '2026-03-16', fen: yuan(11_600), payee: '临江泰和大酒店有限公司', purpose: '招商推介会公务接待费' },
    { date: '2026-06-08', fen: yuan(12_900), payee: '临江泰和大酒店有限公司', purpose: '招商推介会公务接待费' },
    { date: '2026-09-15', fen: yuan(11_500), payee: '临江泰和大酒店有限公司', purpose: '客商考察公务接待费' },
  ]);
  sangongRed.pay(other, [
    { date: '2026-04-20', fen: yuan(86_000), payee: '临江德信会展服务有限公司', purpose: '招商推介会会务费' },
    {
      date: '2026-07-14',
      fen: yuan(28_000),
      econ: '30231',
      payee: '临江凯旋汽车服务有限公司',
      purpose: '公务用车维修及加油费',
    },
    { date: '2026-08-18', fen: yuan(64_000), payee: '临江德信会展服务有限公司', purpose: '招商宣传服务费' },
  ]);
}

function projectsAndAdjustments(plant: Planter): void {
  const projects = plant(A.projects);
  const corridor = projects.line({
    year: 2026,
    econ: '31005',
    fen: yuan(12_000_000),
    project: { code: `XM${A.projects.code}01`, name: '青岚大道综合管廊工程' },
  });
  projects.line({
    year: 2026,
    econ: '31005',
    fen: yuan(1_200_000),
    project: { code: `XM${A.projects.code}02`, name: '青岚区智慧停车场建设项目' },
  });
  projects.line({
    year: 2026,
    econ: '31005',
    fen: yuan(1_000_000),
    type: 'supplement',
    issued: '2026-04-15',
    project: { code: `XM${A.projects.code}03`, name: '青岚区老旧小区改造配套设施项目' },
  });
  projects.pay(corridor, [
    {
      date: '2026-02-10',
      fen: yuan(1_460_000),
      payee: '临江中拓建设集团有限公司',
      purpose: '青岚大道综合管廊工程预付款',
    },
    {
      date: '2026-03-16',
      fen: yuan(1_120_000),
      payee: '临江中拓建设集团有限公司',
      purpose: '青岚大道综合管廊工程第一期进度款',
    },
    {
      date: '2026-04-20',
      fen: yuan(6_280_000),
      payee: '临江中拓建设集团有限公司',
      purpose: '青岚大道综合管廊工程主体工程进度款',
    },
    {
      date: '2026-08-18',
      fen: yuan(1_380_000),
      payee: '临江中拓建设集团有限公司',
      purpose: '青岚大道综合管廊工程第二期进度款',
    },
    {
      date: '2026-10-20',
      fen: yuan(1_360_000),
      payee: '临江中拓建设集团有限公司',
      purpose: '青岚大道综合管廊工程第三期进度款',
    },
  ]);

  // Five budget changes in one year (3 transfers in pairs would make 4 rows; an adjustment makes the fifth).
  const adjust = plant(A.adjustments);
  const platform = adjust.line({ year: 2026, econ: '30227', fen: yuan(500_000) });
  const office = adjust.line({ year: 2026, econ: '30201', fen: yuan(150_000) });
  const devices = adjust.line({ year: 2026, econ: '31002', fen: yuan(300_000) });
  adjust.line({
    year: 2026,
    econ: '30227',
    fen: yuan(-50_000),
    type: 'transfer',
    parent: platform,
    issued: '2026-03-11',
  });
  adjust.line({
    year: 2026,
    econ: '31002',
    fen: yuan(50_000),
    type: 'transfer',
    parent: devices,
    issued: '2026-03-11',
  });
  adjust.line({
    year: 2026,
    econ: '30201',
    fen: yuan(-20_000),
    type: 'transfer',
    parent: office,
    issued: '2026-05-20',
  });
  adjust.line({
    year: 2026,
    econ: '30227',
    fen: yuan(20_000),
    type: 'transfer',
    parent: platform,
    issued: '2026-05-20',
  });
  adjust.line({
    year: 2026,
    econ: '31002',
    fen: yuan(-30_000),
    type: 'adjustment',
    parent: devices,
    issued: '2026-09-15',
  });
  adjust.pay(platform, [
    { date: '2026-03-16', fen: yuan(124_000), payee: '临江数据科技有限公司', purpose: '政务数据平台运维服务费' },
    { date: '2026-06-08', fen: yuan(131_000), payee: '临江数据科技有限公司', purpose: '政务数据平台运维服务费' },
    { date: '2026-09-15', fen: yuan(118_500), payee: '临江数据科技有限公司', purpose: '政务数据平台运维服务费' },
  ]);
  adjust.pay(office, [{ date: '2026-04-20', fen: yuan(46_300), payee: OFFICE, purpose: '办公用品采购' }]);
  adjust.pay(devices, [
    { date: '2026-05-18', fen: yuan(148_000), payee: '临江银河电子有限公司', purpose: '服务器及网络设备购置' },
    { date: '2026-10-12', fen: yuan(97_600), payee: '临江银河电子有限公司', purpose: '终端设备购置' },
  ]);
}

/** Writes the planted agencies, budget lines and payments of the execution and payment rules. */
export function writePlantedSpending(
  writers: { agencies: CsvFileWriter; budgetLines: CsvFileWriter; payments: CsvFileWriter },
  ledger: PlantedLedger,
  random: Random,
  firstWorkdays: ReadonlyMap<number, string>,
  workdays: ReadonlyMap<number, readonly string[]>,
  budgets: BudgetTotals,
): void {
  const plant: Planter = (a) => new AgencyPlanter(a, writers, ledger, firstWorkdays);
  execution(plant);
  projectsAndAdjustments(plant);
  paymentCases(plant);
  benfordCase(plant, random.fork('benford'), workdays.get(2026)!);
  budgetCases(plant, budgets, random.fork('budget'), workdays);
}
