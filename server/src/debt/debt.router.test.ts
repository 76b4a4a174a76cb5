import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TRPCError } from '@trpc/server';
import { clearRuleThreshold, setRuleThreshold } from '../detect/rule-thresholds';
import { findFeed } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { addTestUser } from '../testing/sign-in';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appRouter } from '../trpc/app.router';
import { createContextInner, createServices } from '../trpc/context';
import { createCallerFactory } from '../trpc/trpc';

let database: TestDatabase;
let dir: string;
let staff: ReturnType<typeof appRouter.createCaller>;
let deputy: ReturnType<typeof appRouter.createCaller>;
let districtStaff: ReturnType<typeof appRouter.createCaller>;

const PAYMENT_HEADER =
  'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount,purpose';

/**
 * A city, two districts and a township, each placed on warning lines of the debt rules (defaults):
 * the city at the 100 % debt ratio and the 10 % interest ratio, 城东区 just over 120 % and at 20 %
 * debt service, 城西区 just under 120 % and just over 50 % overdue, 东湖街道 just over 100 %.
 */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township
390105,城西区,390100,county`,
  agencies: `agency_code,agency_name,region_code,parent_code,agency_type
C01,临江市住建局,390100,,administrative
D01,城东区住建局,390102,,administrative
W01,城西区水务局,390105,,administrative`,
  // GPB + GFB Jan–Oct: city 499.90, 城东区 99.99, 城西区 100.01. November and SCB are outside the interest ratio.
  payments: `${PAYMENT_HEADER}
P1,2026-03-02,390100,GPB,C01,2120101,30201,甲公司,unit,direct,transfer,400.00,办公
P2,2026-05-06,390100,GFB,C01,2120801,31005,乙公司,unit,direct,transfer,99.90,工程
P3,2026-11-05,390100,GPB,C01,2120101,30201,甲公司,unit,direct,transfer,1000.00,办公
P4,2026-06-01,390100,SCB,C01,2230101,31005,丙公司,unit,direct,transfer,50.00,资本金
P5,2026-04-01,390102,GPB,D01,2120101,30201,丁公司,unit,direct,transfer,99.99,办公
P6,2026-02-02,390105,GPB,W01,2130101,30201,戊公司,unit,direct,transfer,100.01,办公`,
  // 城西区 reports no 综合财力: derived from its revenue budget (GPB 150 + GFB 50; 105 债务收入 left out).
  fiscal_capacity: `fiscal_year,region_code,amount
2026,390100,1000.00
2026,390102,500.00
2026,390102001,100.00`,
  revenue: `fiscal_year,month,region_code,book,rev_code,rev_name,budget_amount,actual_amount
2026,1,390105,GPB,10101,增值税,150.00,10.00
2026,1,390105,GFB,10301,国有土地使用权出让收入,50.00,5.00
2026,1,390105,GPB,10501,债务收入,999.00,999.00`,
  debt_limits: `fiscal_year,region_code,debt_type,limit_amount
2026,390100,general,600.00
2026,390100,special,399.99
2026,390102,general,300.01
2026,390102,special,300.01
2026,390105,general,239.98
2025,390100,general,1.00`,
  debt_balances: `period,region_code,debt_type,balance,principal_repaid,interest_paid,overdue_amount
2025-12,390100,general,500.00,0.00,0.00,0.00
2026-09,390100,general,590.00,100.00,20.00,0.00
2026-10,390100,general,600.00,50.00,29.99,99.99
2026-10,390100,special,400.00,0.00,0.00,0.00
2026-10,390102,general,300.00,90.00,10.00,120.00
2026-10,390102,special,300.01,0.00,0.00,0.00
2026-06,390102001,general,100.01,0.00,0.00,0.00
2026-08,390105,general,239.99,30.01,10.00,120.00`,
  bonds: `bond_code,bond_name,region_code,debt_type,purpose,issue_date,maturity_date,coupon_rate,amount
B1,2020年江南省政府一般债券（一期）,390100,general,new,2020-03-01,2027-03-01,3.10,100.00
B2,2025年江南省政府专项债券（一期）,390102,special,new,2025-06-01,2036-06-01,2.20,200.00
B3,2026年江南省政府专项债券（一期）,390105,special,new,2026-02-01,2037-02-01,2.00,300.00
B4,2016年江南省政府一般债券（一期）,390100,general,new,2016-01-01,2026-12-31,2.90,400.00
B5,2027年江南省政府专项债券（一期）,390100,special,new,2027-01-05,2037-01-05,2.10,500.00
B6,2026年江南省政府一般债券（二期）,390102001,general,refinancing,2026-12-31,2027-12-30,1.90,60.00`,
  // Latest snapshot by the end of 2026 counts: P-A 19.99 % twelve months after B2's issue (red),
  // P-B 20 % (yellow), P-C 90 % (fine), P-D's bond is not loaded (not judged).
  bond_projects: `project_code,project_name,bond_code,region_code,agency_code,allocated_amount,spent_amount,as_of_date
P-A,城东区老旧管网更新改造项目,B2,390102,D01,100.00,10.00,2026-05-31
P-A,城东区老旧管网更新改造项目,B2,390102,D01,100.00,19.99,2026-06-30
P-A,城东区老旧管网更新改造项目,B2,390102,D01,100.00,80.00,2027-01-31
P-B,城东区保障性租赁住房建设项目,B2,390102,D01,100.00,20.00,2026-06-30
P-C,城西区城乡供水一体化工程,B3,390105,W01,300.00,270.00,2026-10-31
P-D,临江市快速路互通改造工程,B9,390100,C01,50.00,0.00,2026-10-31`,
};

async function load(feed: string, content: string): Promise<void> {
  const file = path.join(dir, `${feed}-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, content + '\n');
  const result = await ingestFile(database.pool, { feed: findFeed(feed)!, filePath: file, source: 'cli' });
  assert.equal(
    result.status,
    'succeeded',
    `${feed}: ${JSON.stringify([result.fileErrors, result.rowErrors.slice(0, 3)])}`,
  );
}

before(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-debt-'));
  for (const [feed, content] of Object.entries(FEED_FILES)) await load(feed, content);
  const services = createServices({ db: database.db, pool: database.pool });
  const callerFor = async (role: 'staff' | 'deputy', regionCode?: string) =>
    createCallerFactory(appRouter)(
      createContextInner({ services, user: await addTestUser(database.pool, role, regionCode ? { regionCode } : {}) }),
    );
  staff = await callerFor('staff');
  deputy = await callerFor('deputy');
  districtStaff = await callerFor('staff', '390102');
});
after(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

const CITY = { regionCode: '390100', fiscalYear: 2026 };

describe('debt.positions', () => {
  it('gives each region’s limits, balances and ratios against the rules’ lines, exactly', async () => {
    const positions = await deputy.debt.positions(CITY);
    assert.deepEqual(
      positions.regions.map((r) => [
        r.regionCode,
        r.period,
        r.balance,
        r.debtRatio,
        r.serviceRatio,
        r.interestRatio,
        r.overdueRatio,
      ]),
      [
        // 1,000.00 / 1,000.00 (at 100 %); 199.99 / 1,000 (just under 20 %); 49.99 / 499.90 (at 10 %); 99.99 / 1,000 (just under 10 %).
        [
          '390100',
          '2026-10',
          '1000.00',
          { value: '1.000000', severity: 'orange' },
          { value: '0.199990', severity: null },
          { value: '0.100000', severity: 'red' },
          { value: '0.099990', severity: null },
        ],
        // 600.01 / 500 (just over 120 %); 100 / 500 (at 20 %); 10 / 99.99 (just over 10 %); 120 / 600.01 (between 10 and 20 %).
        [
          '390102',
          '2026-10',
          '600.01',
          { value: '1.200020', severity: 'red' },
          { value: '0.200000', severity: 'orange' },
          { value: '0.100010', severity: 'red' },
          { value: '0.199996', severity: 'yellow' },
        ],
        // 100.01 / 100 (just over 100 %); no payments, so no interest ratio.
        [
          '390102001',
          '2026-06',
          '100.01',
          { value: '1.000100', severity: 'orange' },
          { value: '0.000000', severity: null },
          { value: null, severity: null },
          { value: '0.000000', severity: null },
        ],
        // 239.99 / 200 (just under 120 %); 40.01 / 200 (just over 20 %); 10 / 100.01 (just under 10 %); 120 / 239.99 (just over 50 %).
        [
          '390105',
          '2026-08',
          '239.99',
          { value: '1.199950', severity: 'orange' },
          { value: '0.200050', severity: 'orange' },
          { value: '0.099990', severity: null },
          { value: '0.500020', severity: 'red' },
        ],
      ],
    );
    const city = positions.regions[0]!;
    assert.deepEqual(
      [city.principalRepaid, city.interestPaid, city.overdue, city.expenditure],
      ['150.00', '49.99', '99.99', '499.90'],
    );
    assert.deepEqual([city.fiscalCapacity, city.fiscalCapacitySource], ['1000.00', 'reported']);
    const west = positions.regions[3]!;
    assert.deepEqual([west.fiscalCapacity, west.fiscalCapacitySource], ['200.00', 'revenue_budget']);
  });

  it('flags a balance just over its limit, not one at or just under it (DEBT-OVERLIMIT)', async () => {
    const { regions } = await staff.debt.positions(CITY);
    const byCode = new Map(regions.map((r) => [r.regionCode, r]));
    assert.deepEqual(byCode.get('390100')!.general, { limit: '600.00', balance: '600.00', overLimit: false });
    assert.deepEqual(byCode.get('390100')!.special, { limit: '399.99', balance: '400.00', overLimit: true });
    assert.deepEqual(byCode.get('390102')!.general, { limit: '300.01', balance: '300.00', overLimit: false });
    assert.deepEqual(byCode.get('390102')!.special, { limit: '300.01', balance: '300.01', overLimit: false });
    assert.deepEqual(byCode.get('390102001')!.general, { limit: null, balance: '100.01', overLimit: false });
    assert.deepEqual(byCode.get('390105')!.general, { limit: '239.98', balance: '239.99', overLimit: true });
  });

  it('takes the subtree as one region in its total', async () => {
    const { total } = await staff.debt.positions(CITY);
    assert.equal(total.regionName, '临江市');
    assert.equal(total.period, '2026-10');
    assert.deepEqual(total.general, { limit: '1139.99', balance: '1240.00', overLimit: true });
    assert.deepEqual(total.special, { limit: '700.00', balance: '700.01', overLimit: true });
    assert.deepEqual(
      [total.balance, total.limit, total.fiscalCapacity, total.fiscalCapacitySource],
      ['1940.01', '1839.99', '1800.00', 'mixed'],
    );
    // Every region's GPB + GFB spending of January–October: 499.90 + 99.99 + 100.01.
    assert.equal(total.expenditure, '699.90');
    assert.deepEqual(total.debtRatio, { value: '1.077783', severity: 'orange' });
    assert.deepEqual(total.serviceRatio, { value: '0.188888', severity: null });
    assert.deepEqual(total.interestRatio, { value: '0.100000', severity: 'red' });
    assert.deepEqual(total.overdueRatio, { value: '0.175251', severity: 'yellow' });
  });

  it('draws the lines of the rules’ descriptors', async () => {
    const { lines } = await staff.debt.positions(CITY);
    assert.deepEqual(lines, {
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
    });
  });

  it('judges a region by the lines in force for it: its own, or its nearest ancestor’s', async () => {
    await setRuleThreshold(database.pool, {
      ruleCode: 'DEBT-RATIO',
      regionCode: '390102',
      params: { orange: 130, red: 150 },
    });
    try {
      const city = await staff.debt.positions(CITY);
      const severities = city.regions.map((r) => [r.regionCode, r.debtRatio.severity]);
      assert.deepEqual(severities, [
        ['390100', 'orange'],
        ['390102', null],
        ['390102001', null],
        ['390105', 'orange'],
      ]);
      assert.deepEqual(
        city.lines.debtRatio.lines.map((l) => l.ratio),
        ['1', '1.2'],
      );
      const district = await districtStaff.debt.positions({ regionCode: '390102', fiscalYear: 2026 });
      assert.deepEqual(
        district.lines.debtRatio.lines.map((l) => l.ratio),
        ['1.3', '1.5'],
      );
    } finally {
      await clearRuleThreshold(database.pool, { ruleCode: 'DEBT-RATIO', regionCode: '390102' });
    }
  });

  it('keeps a district user inside their district', async () => {
    const district = await districtStaff.debt.positions({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(
      district.regions.map((r) => r.regionCode),
      ['390102', '390102001'],
    );
    assert.equal(district.total.balance, '700.02');
    await assert.rejects(districtStaff.debt.positions(CITY), (e: TRPCError) => e.code === 'FORBIDDEN');
    await assert.rejects(districtStaff.debt.maturities(CITY), (e: TRPCError) => e.code === 'FORBIDDEN');
    await assert.rejects(districtStaff.debt.projects(CITY), (e: TRPCError) => e.code === 'FORBIDDEN');
  });

  it('lists a region with a limit and no balance, and an empty year as zeros without ratios', async () => {
    const earlier = await staff.debt.positions({ regionCode: '390100', fiscalYear: 2025 });
    assert.deepEqual(
      earlier.regions.map((r) => [r.regionCode, r.period, r.general.limit, r.balance]),
      [['390100', '2025-12', '1.00', '500.00']],
    );
    const empty = await staff.debt.positions({ regionCode: '390100', fiscalYear: 2024 });
    assert.deepEqual(empty.regions, []);
    assert.deepEqual(
      [empty.total.balance, empty.total.limit, empty.total.period, empty.total.debtRatio],
      ['0.00', null, null, { value: null, severity: null }],
    );
  });

  it('answers NOT_FOUND for a region that is not loaded and BAD_REQUEST for bad input', async () => {
    await assert.rejects(
      staff.debt.positions({ regionCode: '390199', fiscalYear: 2026 }),
      (e: TRPCError) => e.code === 'NOT_FOUND',
    );
    await assert.rejects(
      staff.debt.projects({ regionCode: '390199', fiscalYear: 2026 }),
      (e: TRPCError) => e.code === 'NOT_FOUND',
    );
    for (const bad of [
      { regionCode: '3901', fiscalYear: 2026 },
      { regionCode: '390100', fiscalYear: 1999 },
      { regionCode: "390100' OR '1'='1", fiscalYear: 2026 },
      { regionCode: '390100' },
    ]) {
      await assert.rejects(
        staff.debt.positions(bad as never),
        (e: TRPCError) => e.code === 'BAD_REQUEST',
        JSON.stringify(bad),
      );
    }
  });
});

describe('debt.maturities', () => {
  it('spreads the bonds outstanding at the year’s end over the ten following years and beyond', async () => {
    const maturities = await staff.debt.maturities(CITY);
    assert.deepEqual(
      maturities.years.map((y) => y.year),
      [2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036],
    );
    // B4 is due on the year's last day and B5 is issued after it: neither is outstanding.
    assert.deepEqual(maturities.outstanding, { total: '660.00', general: '160.00', special: '500.00', bonds: 4 });
    assert.deepEqual(maturities.years[0], {
      year: 2027,
      total: '160.00',
      general: '160.00',
      special: '0.00',
      bonds: 2,
    });
    assert.deepEqual(maturities.years[1], { year: 2028, total: '0.00', general: '0.00', special: '0.00', bonds: 0 });
    assert.deepEqual(maturities.years[9], {
      year: 2036,
      total: '200.00',
      general: '0.00',
      special: '200.00',
      bonds: 1,
    });
    assert.deepEqual(maturities.later, { total: '300.00', general: '0.00', special: '300.00', bonds: 1 });
  });

  it('keeps to the region’s subtree', async () => {
    const district = await districtStaff.debt.maturities({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(district.outstanding, { total: '260.00', general: '60.00', special: '200.00', bonds: 2 });
  });
});

describe('debt.projects', () => {
  it('lists each project’s latest snapshot by the year’s end, idle first, then least spent, with DEBT-IDLE’s verdict', async () => {
    const projects = await staff.debt.projects(CITY);
    assert.deepEqual(
      projects.projects.map((p) => [
        p.projectCode,
        p.asOfDate,
        p.spent,
        p.spentRatio,
        p.idle,
        p.regionName,
        p.agencyName,
      ]),
      [
        ['P-A', '2026-06-30', '19.99', '0.199900', 'red', '城东区', '城东区住建局'],
        ['P-B', '2026-06-30', '20.00', '0.200000', 'yellow', '城东区', '城东区住建局'],
        ['P-D', '2026-10-31', '0.00', '0.000000', null, '临江市', '临江市住建局'],
        ['P-C', '2026-10-31', '270.00', '0.900000', null, '城西区', '城西区水务局'],
      ],
    );
    assert.equal(projects.projects[0]!.bondName, '2025年江南省政府专项债券（一期）');
    assert.equal(projects.projects[2]!.bondName, null);
    assert.deepEqual(projects.total, { projects: 4, allocated: '550.00', spent: '309.99', spentRatio: '0.563618' });
    assert.deepEqual(
      projects.regions.map((r) => [r.regionCode, r.projects, r.allocated, r.spent]),
      [
        ['390100', 1, '50.00', '0.00'],
        ['390102', 2, '200.00', '39.99'],
        ['390105', 1, '300.00', '270.00'],
      ],
    );
    assert.deepEqual(projects.idleLines, [
      { severity: 'red', months: 12, belowRatio: '0.2' },
      { severity: 'yellow', months: 6, belowRatio: '0.5' },
    ]);
  });

  it('gives no projects for a year before any', async () => {
    const projects = await staff.debt.projects({ regionCode: '390100', fiscalYear: 2024 });
    assert.deepEqual([projects.projects, projects.regions, projects.total.spentRatio], [[], [], null]);
  });
});
