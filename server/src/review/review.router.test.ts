import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TRPCError } from '@trpc/server';
import { findFeed } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { createLogger } from '../logger';
import { loadReferenceData } from '../reference/load-reference-data';
import { addTestUser } from '../testing/sign-in';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appRouter } from '../trpc/app.router';
import { createContextInner, createServices } from '../trpc/context';
import { createCallerFactory } from '../trpc/trpc';

let database: TestDatabase;
let dir: string;
let deputy: ReturnType<typeof appRouter.createCaller>;
let districtDeputy: ReturnType<typeof appRouter.createCaller>;

const PAYMENT_HEADER =
  'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,line_id,payee_name,payee_type,pay_method,settle_method,amount,purpose';
const months = (from: number, to: number, row: (month: number) => string) =>
  Array.from({ length: to - from + 1 }, (_, i) => row(from + i));

/**
 * A city with a district (and its township) and a second district. 2025 is complete (payments to
 * December, revenue for twelve months); 2026 runs to June. 三公 lines: 30217 at the city, 30212 in
 * the district. Three enterprises sit at, just under and just over their leverage warning lines.
 */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township
390103,城西区,390100,county`,
  agencies: `agency_code,agency_name,region_code,parent_code,agency_type
C01,临江市教育局,390100,,administrative
C03,临江市社保中心,390100,,institution
D01,城东区民政局,390102,,administrative`,
  budget_lines: `line_id,fiscal_year,region_code,book,agency_code,func_code,econ_code,line_type,parent_line_id,amount,doc_no,issued_date
A1,2025,390100,GPB,C01,2050201,30201,initial,,1000000.00,临财预〔2025〕1号,2025-01-10
A2,2025,390100,GPB,C01,2010101,30217,initial,,20000.00,临财预〔2025〕1号,2025-01-10
A3,2025,390100,GFB,C01,2120801,31005,initial,,500000.00,临财预〔2025〕2号,2025-01-10
A4,2025,390102,GPB,D01,2080101,30212,initial,,30000.00,东财预〔2025〕1号,2025-01-12
A5,2025,390100,GPB,C01,2270101,39999,initial,,50000.00,临财预〔2025〕1号,2025-01-10
B1,2026,390100,GPB,C01,2050201,30201,initial,,1100000.00,临财预〔2026〕1号,2026-01-10
B2,2026,390100,GPB,C01,2050201,30201,adjustment,B1,100000.00,临财预〔2026〕9号,2026-06-10
B3,2026,390100,GPB,C01,2010101,30217,initial,,18000.00,临财预〔2026〕1号,2026-01-10
B4,2026,390100,GFB,C01,2120801,31005,initial,,400000.00,临财预〔2026〕2号,2026-01-10
B5,2026,390100,SCB,C01,2230101,31204,initial,,100000.00,临财预〔2026〕3号,2026-01-10
B6,2026,390102,GPB,D01,2080101,30212,initial,,25000.00,东财预〔2026〕1号,2026-01-12
B7,2026,390100,SIF,C03,2090101,30305,initial,,300000.00,临财预〔2026〕4号,2026-01-10`,
  payments: `${PAYMENT_HEADER}
P1,2025-03-10,390100,GPB,C01,2050201,30201,A1,甲公司,unit,direct,transfer,600000.00,办公
P2,2025-12-15,390100,GPB,C01,2050201,30201,A1,甲公司,unit,direct,transfer,380000.00,办公
P3,2025-05-10,390100,GPB,C01,2010101,30217,A2,乙宾馆,unit,direct,transfer,15000.00,接待
P4,2025-06-10,390100,GFB,C01,2120801,31005,A3,丙公司,unit,direct,transfer,450000.00,工程
P5,2025-07-10,390102,GPB,D01,2080101,30212,A4,丁旅行社,unit,direct,transfer,28000.00,出访
Q1,2026-02-10,390100,GPB,C01,2050201,30201,B1,甲公司,unit,direct,transfer,300000.00,办公
Q2,2026-06-10,390100,GPB,C01,2010101,30217,B3,乙宾馆,unit,direct,transfer,5000.00,接待
Q3,2026-04-10,390102,GPB,D01,2080101,30212,B6,丁旅行社,unit,direct,transfer,10000.00,出访`,
  revenue: [
    'fiscal_year,month,region_code,book,rev_code,rev_name,budget_amount,actual_amount',
    ...months(1, 12, (m) => `2025,${m},390100,GPB,10101,增值税,1200000.00,100000.00`),
    ...months(1, 12, (m) => `2025,${m},390102,GPB,10101,增值税,240000.00,21000.00`),
    // Transfers are not own revenue.
    ...months(1, 12, (m) => `2025,${m},390102,GPB,11002,一般性转移支付收入,500000.00,40000.00`),
    ...months(1, 3, (m) => `2026,${m},390100,GPB,10101,增值税,1300000.00,110000.00`),
    '2026,1,390100,GFB,1030148,国有土地使用权出让收入,2000000.00,0.00',
    ...months(1, 2, (m) => `2026,${m},390102,GPB,10101,增值税,260000.00,22000.00`),
  ].join('\n'),
  debt_limits: `fiscal_year,region_code,debt_type,limit_amount
2026,390100,general,1000000.00
2026,390100,special,2000000.00
2026,390102,general,500000.00`,
  debt_balances: `period,region_code,debt_type,balance,principal_repaid,interest_paid,overdue_amount
2026-01,390100,general,800000.00,0.00,0.00,0.00
2026-03,390100,general,900000.00,0.00,0.00,0.00
2026-03,390100,special,1500000.00,0.00,0.00,0.00
2026-02,390102,general,300000.00,0.00,0.00,0.00
2025-12,390100,general,700000.00,0.00,0.00,0.00`,
  fiscal_capacity: `fiscal_year,region_code,amount
2026,390100,2000000.00`,
  soe_financials: [
    'enterprise_code,enterprise_name,region_code,supervisor,industry_class,period,total_assets,total_liabilities,owner_equity,state_capital,revenue,total_profit,net_profit,dividends_due,dividends_paid',
    // Industrial at its 65 % line; non-industrial just under and just over 70 %.
    '913901000000000001,临江城投,390100,临江市国资委,industrial,2025,1000000.00,650000.00,350000.00,300000.00,800000.00,50000.00,40000.00,0.00,0.00',
    '913901000000000002,临江水务,390100,临江市国资委,non_industrial,2025,2000000.00,1399999.99,600000.01,500000.00,900000.00,-5000.00,-10000.00,0.00,0.00',
    '913901020000000003,城东建设,390102,城东区财政局,non_industrial,2025,1000000.00,700000.01,299999.99,200000.00,100000.00,1000.00,800.00,0.00,0.00',
    // A quarter of the year in scope: the annual reports are read instead.
    '913901000000000001,临江城投,390100,临江市国资委,industrial,2026-Q1,1100000.00,900000.00,200000.00,300000.00,200000.00,1000.00,900.00,0.00,0.00',
  ].join('\n'),
};

async function load(feed: string, content: string): Promise<void> {
  const file = path.join(dir, `${feed}.csv`);
  await writeFile(file, content + '\n');
  const result = await ingestFile(database.pool, { feed: findFeed(feed)!, filePath: file, source: 'cli' });
  assert.equal(
    result.status,
    'succeeded',
    `${feed}: ${JSON.stringify([result.fileErrors, result.rowErrors.slice(0, 3)])}`,
  );
}

const CITY_2026 = { regionCode: '390100', fiscalYear: 2026 };
const isCode = (code: string) => (e: TRPCError) => e.code === code;

before(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-review-'));
  await loadReferenceData(database.pool, createLogger('silent'));
  for (const [feed, content] of Object.entries(FEED_FILES)) await load(feed, content);
  const services = createServices({ db: database.db, pool: database.pool });
  const callerFor = async (regionCode?: string) =>
    createCallerFactory(appRouter)(
      createContextInner({
        services,
        user: await addTestUser(database.pool, 'deputy', regionCode ? { regionCode } : {}),
      }),
    );
  deputy = await callerFor();
  districtDeputy = await callerFor('390102');
});
after(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('review.books', () => {
  it('gives each book’s budget, share and growth on last year’s budget and spending, exactly', async () => {
    const review = await deputy.review.books(CITY_2026);
    assert.equal(review.regionName, '临江市');
    assert.equal(review.lastYearThroughMonth, 12);
    assert.deepEqual(
      review.books.map((b) => [
        b.book,
        b.budget,
        b.share,
        b.lastYearBudget,
        b.lastYearExecuted,
        b.growthOnBudget,
        b.growthOnExecuted,
      ]),
      [
        // GPB: 1,100,000 + 100,000 adjustment + 18,000 + 25,000 (district); 2025 spent 980,000 + 15,000 + 28,000.
        ['GPB', '1243000.00', '0.608419', '1100000.00', '1023000.00', '0.130000', '0.215054'],
        ['GFB', '400000.00', '0.195791', '500000.00', '450000.00', '-0.200000', '-0.111111'],
        ['SCB', '100000.00', '0.048948', '0.00', '0.00', null, null],
        ['SIF', '300000.00', '0.146843', '0.00', '0.00', null, null],
      ],
    );
    assert.deepEqual(
      [
        review.total.budget,
        review.total.share,
        review.total.lastYearBudget,
        review.total.lastYearExecuted,
        review.total.growthOnExecuted,
      ],
      ['2043000.00', '1.000000', '1600000.00', '1473000.00', '0.386965'],
    );
  });

  it('sets the own revenue budget against last year’s collections, transfers left out', async () => {
    const review = await deputy.review.books(CITY_2026);
    const gpb = review.books[0]!;
    // 1,300,000 + 260,000 budgeted; 12 × 100,000 + 12 × 21,000 collected in 2025.
    assert.deepEqual(
      [gpb.revenueBudget, gpb.lastYearRevenue, gpb.revenueGrowth],
      ['1560000.00', '1452000.00', '0.074380'],
    );
    assert.deepEqual([review.books[1]!.revenueBudget, review.books[1]!.revenueGrowth], ['2000000.00', null]);
  });

  it('says how far last year is loaded', async () => {
    const review = await deputy.review.books({ regionCode: '390100', fiscalYear: 2027 });
    assert.equal(review.lastYearThroughMonth, 6);
    assert.equal(review.books[0]!.lastYearExecuted, '315000.00');
  });

  it('keeps a district deputy inside the district', async () => {
    const review = await districtDeputy.review.books({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(
      review.books.map((b) => b.budget),
      ['25000.00', '0.00', '0.00', '0.00'],
    );
    await assert.rejects(districtDeputy.review.books(CITY_2026), isCode('FORBIDDEN'));
  });

  it('answers NOT_FOUND for a region not loaded and BAD_REQUEST for a malformed one', async () => {
    await assert.rejects(deputy.review.books({ regionCode: '390199', fiscalYear: 2026 }), isCode('NOT_FOUND'));
    await assert.rejects(deputy.review.books({ regionCode: '39', fiscalYear: 2026 }), isCode('BAD_REQUEST'));
    await assert.rejects(deputy.review.books({ regionCode: '390100', fiscalYear: 1999 }), isCode('BAD_REQUEST'));
  });
});

describe('review.functions', () => {
  it('sets each function class’s budget against last year’s spending, largest first, with its name', async () => {
    const { classes, lastYearThroughMonth } = await deputy.review.functions(CITY_2026);
    assert.equal(lastYearThroughMonth, 12);
    assert.deepEqual(
      classes.map((c) => [c.code, c.nameZh, c.budget, c.lastYearBudget, c.lastYearExecuted, c.growthOnExecuted]),
      [
        ['205', '教育支出', '1200000.00', '1000000.00', '980000.00', '0.224490'],
        ['212', '城乡社区支出', '400000.00', '500000.00', '450000.00', '-0.111111'],
        ['209', '社会保险基金支出', '300000.00', '0.00', '0.00', null],
        ['223', '国有资本经营预算支出', '100000.00', '0.00', '0.00', null],
        ['208', '社会保障和就业支出', '25000.00', '30000.00', '28000.00', '-0.107143'],
        ['201', '一般公共服务支出', '18000.00', '20000.00', '15000.00', '0.200000'],
        ['227', '预备费', '0.00', '50000.00', '0.00', null],
      ],
    );
  });

  it('limits the classes to one book when asked', async () => {
    const { classes } = await deputy.review.functions({ ...CITY_2026, book: 'GFB' });
    assert.deepEqual(
      classes.map((c) => [c.code, c.budget]),
      [['212', '400000.00']],
    );
  });
});

describe('review.sangong', () => {
  it('follows 三公 budget and payments year by year, by economic code', async () => {
    const trend = await deputy.review.sangong(CITY_2026);
    assert.deepEqual(
      trend.codes.map((c) => [c.code, c.nameZh]),
      [
        ['30212', '因公出国（境）费用'],
        ['30217', '公务接待费'],
        ['30231', '公务用车运行维护费'],
        ['31013', '公务用车购置'],
      ],
    );
    assert.deepEqual(
      trend.years.map((y) => [y.fiscalYear, y.throughMonth, y.budget, y.paid, y.paidRate, y.budgetGrowth]),
      [
        [2025, 12, '50000.00', '43000.00', '0.860000', null],
        [2026, 6, '43000.00', '15000.00', '0.348837', '-0.140000'],
      ],
    );
    assert.deepEqual(trend.years[1]!.byCode.slice(0, 3), [
      { code: '30212', budget: '25000.00', paid: '10000.00', budgetGrowth: '-0.166667' },
      { code: '30217', budget: '18000.00', paid: '5000.00', budgetGrowth: '-0.100000' },
      { code: '30231', budget: '0.00', paid: '0.00', budgetGrowth: null },
    ]);
  });

  it('reads no year after the one in scope', async () => {
    const trend = await deputy.review.sangong({ regionCode: '390100', fiscalYear: 2025 });
    assert.deepEqual(
      trend.years.map((y) => y.fiscalYear),
      [2025],
    );
  });
});

describe('review.positions', () => {
  it('sums debt limit and latest balance over the subtree against 综合财力, reported or derived', async () => {
    const { debt } = await deputy.review.positions(CITY_2026);
    // Balances at each region and type's latest month: 900,000 + 1,500,000 + 300,000. Capacity:
    // the city's reported 2,000,000 + the district's own revenue budget 260,000 (its year is under way).
    assert.deepEqual(debt, {
      fiscalYear: 2026,
      limit: '3500000.00',
      balance: '2700000.00',
      balancePeriod: '2026-03',
      fiscalCapacity: '2260000.00',
      capacitySource: 'derived',
      debtRatio: '1.194690',
      debtRatioLine: '1',
      limitUsed: '0.771429',
    });
  });

  it('has no debt summary for a year without limits or balances', async () => {
    assert.equal((await deputy.review.positions({ regionCode: '390100', fiscalYear: 2024 })).debt, null);
  });

  it('counts enterprises at or over their leverage warning line in the latest annual report', async () => {
    const { stateAssets } = await deputy.review.positions(CITY_2026);
    assert.deepEqual(stateAssets, {
      period: '2025',
      enterprises: 3,
      totalAssets: '4000000.00',
      totalLiabilities: '2750000.00',
      leverage: '0.687500',
      totalProfit: '46000.00',
      netProfit: '30800.00',
      // At 65 % (industrial) and just over 70 % count; just under 70 % does not.
      overWarningLine: 2,
      lossMaking: 1,
      industrialLine: '0.65',
      otherLine: '0.7',
    });
  });

  it('keeps to the district’s own enterprises and debt', async () => {
    const { debt, stateAssets } = await districtDeputy.review.positions({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual([debt?.limit, debt?.balance, debt?.fiscalCapacity], ['500000.00', '300000.00', '260000.00']);
    assert.deepEqual([stateAssets?.enterprises, stateAssets?.overWarningLine], [1, 1]);
  });
});

describe('review.reliability', () => {
  it('scores the last completed year: PI-1 outturn of the initial budget, PI-2 composition, PI-3 revenue', async () => {
    const reliability = await deputy.review.reliability(CITY_2026);
    // 1,473,000 spent of 1,600,000 initially budgeted: 92.06 %, inside 90–110 %.
    assert.deepEqual(reliability.aggregateExpenditure, {
      fiscalYear: 2025,
      budget: '1600000.00',
      actual: '1473000.00',
      outturn: '0.920625',
      score: 'B',
    });
    // Without 227 预备费: Σ|actual·B − budget·A| / (A·B) = 92e9 / 2.28315e12 = 4.03 %.
    const composition = reliability.composition!;
    assert.deepEqual([composition.fiscalYear, composition.variance, composition.score], [2025, '0.040295', 'A']);
    assert.deepEqual(composition.excludedClasses, ['227', '232']);
    assert.deepEqual(
      composition.topClasses.map((c) => [c.code, c.nameZh]),
      [
        ['205', '教育支出'],
        ['212', '城乡社区支出'],
        ['201', '一般公共服务支出'],
        ['208', '社会保障和就业支出'],
      ],
    );
    // Own revenue 1,452,000 collected of 1,440,000 budgeted: 100.83 %.
    assert.deepEqual(reliability.aggregateRevenue, {
      fiscalYear: 2025,
      budget: '1440000.00',
      actual: '1452000.00',
      outturn: '1.008333',
      score: 'A',
    });
    assert.deepEqual(
      reliability.bands.aggregateExpenditure.map((b) => [b.score, b.low, b.high]),
      [
        ['A', '0.95', '1.05'],
        ['B', '0.9', '1.1'],
        ['C', '0.85', '1.15'],
      ],
    );
  });

  it('has nothing to score before the first completed year', async () => {
    const reliability = await deputy.review.reliability({ regionCode: '390100', fiscalYear: 2024 });
    assert.deepEqual(
      [reliability.aggregateExpenditure, reliability.composition, reliability.aggregateRevenue],
      [null, null, null],
    );
  });
});
