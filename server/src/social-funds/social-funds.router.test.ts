import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TRPCError } from '@trpc/server';
import { setRuleThreshold } from '../detect/rule-thresholds';
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

const PENSION = '企业职工基本养老保险';
const UNEMPLOYMENT = '失业保险';
const month = (
  year: number,
  m: number,
  region: string,
  fund: string,
  income: string,
  expenditure: string,
  balance: string,
) => `${year},${m},${region},${fund},${income},${expenditure},${balance}`;
/** October–December 2025 at 100.00 in and out, balance 1,000.00. */
const lastQuarter = (region: string) =>
  [10, 11, 12].map((m) => month(2025, m, region, PENSION, '100.00', '100.00', '1000.00'));

/**
 * A city (own rows), a district with a township, and a second district. Pension funds spend 100.00 a
 * month from October 2025 to March 2026, so six months are averaged at March (January–March 2025 of
 * the city, at 5,000.00 a month, fall outside the window); their March balances sit at 9 months,
 * just under 9 and just under 6, and their income year to date at, just under and just over their
 * expenditure.
 */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township
390103,城西区,390100,county`,
  social_funds: [
    'fiscal_year,month,region_code,fund_type,income,expenditure,balance_end',
    ...[1, 2, 3].map((m) => month(2025, m, '390100', PENSION, '95.00', '5000.00', '50000.00')),
    ...lastQuarter('390100'),
    month(2026, 1, '390100', PENSION, '100.00', '100.00', '1000.00'),
    month(2026, 2, '390100', PENSION, '100.00', '100.00', '1000.00'),
    month(2026, 3, '390100', PENSION, '100.00', '100.00', '900.00'),
    ...lastQuarter('390102'),
    month(2026, 1, '390102', PENSION, '99.99', '100.00', '1000.00'),
    month(2026, 2, '390102', PENSION, '100.00', '100.00', '1000.00'),
    month(2026, 3, '390102', PENSION, '100.00', '100.00', '899.99'),
    ...lastQuarter('390103'),
    month(2026, 1, '390103', PENSION, '100.01', '100.00', '1000.00'),
    month(2026, 2, '390103', PENSION, '100.00', '100.00', '1000.00'),
    month(2026, 3, '390103', PENSION, '100.00', '100.00', '599.99'),
    ...[1, 2, 3].map((m) => month(2026, m, '390100', UNEMPLOYMENT, '20.00', '10.00', '200.00')),
    // A fund that spends nothing has no months payable.
    ...[1, 2, 3].map((m) => month(2026, m, '390102001', UNEMPLOYMENT, '50.00', '0.00', '1000.00')),
  ].join('\n'),
};

async function load(feed: string, content: string): Promise<void> {
  const file = path.join(dir, `${feed}-${Date.now()}.csv`);
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
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-social-funds-'));
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

describe('socialFunds.overview', () => {
  it('gives each fund’s income, expenditure, balance and months payable over the subtree, and the total', async () => {
    const overview = await deputy.socialFunds.overview(CITY_2026);
    assert.deepEqual(
      [overview.regionName, overview.latestMonth, overview.lines],
      ['临江市', 3, { yellowBelow: '9', redBelow: '6' }],
    );
    assert.deepEqual(
      overview.funds.map((f) => f.fundType),
      [PENSION, UNEMPLOYMENT],
    );
    assert.deepEqual(overview.funds[0], {
      fundType: PENSION,
      latestMonth: 3,
      // 300.00 + 299.99 + 300.01: income equals expenditure, no deficit.
      income: '900.00',
      expenditure: '900.00',
      surplus: '0.00',
      deficit: false,
      balance: '2399.98',
      // Six months of 300.00 (October–March); January–March 2025 are outside the twelve.
      averageExpenditure: '300.00',
      monthsAveraged: 6,
      // 2,399.98 / 300.00 = 7.9999… months, shown rounded down.
      monthsPayable: '7.99',
      reserveLevel: 'yellow',
      lastYearIncome: '285.00',
      lastYearExpenditure: '15000.00',
    });
    const unemployment = overview.funds[1]!;
    assert.deepEqual(
      [
        unemployment.income,
        unemployment.expenditure,
        unemployment.surplus,
        unemployment.balance,
        unemployment.monthsAveraged,
        unemployment.monthsPayable,
        unemployment.reserveLevel,
        unemployment.lastYearIncome,
      ],
      ['210.00', '30.00', '180.00', '1200.00', 3, '120.00', 'normal', null],
    );
    const total = overview.total!;
    assert.deepEqual(
      [
        total.income,
        total.expenditure,
        total.balance,
        total.averageExpenditure,
        total.monthsPayable,
        total.reserveLevel,
      ],
      ['1110.00', '930.00', '3599.98', '305.00', '11.80', 'normal'],
    );
  });

  it('answers an empty year with no fund', async () => {
    const overview = await staff.socialFunds.overview({ regionCode: '390100', fiscalYear: 2030 });
    assert.deepEqual([overview.latestMonth, overview.funds, overview.total], [0, [], null]);
  });

  it('keeps a district user inside their district', async () => {
    const overview = await districtStaff.socialFunds.overview({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(
      overview.funds.map((f) => [f.fundType, f.income, f.deficit]),
      [
        [PENSION, '299.99', true],
        [UNEMPLOYMENT, '150.00', false],
      ],
    );
    await assert.rejects(districtStaff.socialFunds.overview(CITY_2026), isCode('FORBIDDEN'));
    await assert.rejects(districtStaff.socialFunds.regions(CITY_2026), isCode('FORBIDDEN'));
  });

  it('answers NOT_FOUND for a region that is not loaded, BAD_REQUEST for bad input', async () => {
    await assert.rejects(staff.socialFunds.overview({ regionCode: '390199', fiscalYear: 2026 }), isCode('NOT_FOUND'));
    await assert.rejects(staff.socialFunds.monthly({ regionCode: '390199', fiscalYear: 2026 }), isCode('NOT_FOUND'));
    for (const bad of [
      { fundType: '' },
      { fundType: 'a\u0000b' },
      { fundType: '保'.repeat(101) },
      { fiscalYear: 2101 },
      { regionCode: '39010' },
    ]) {
      await assert.rejects(
        staff.socialFunds.regions({ ...CITY_2026, ...bad }),
        isCode('BAD_REQUEST'),
        JSON.stringify(bad).slice(0, 40),
      );
    }
  });
});

describe('socialFunds.monthly', () => {
  it('follows a fund month by month, its months payable over the twelve months ending with each', async () => {
    const monthly = await staff.socialFunds.monthly({ ...CITY_2026, fundType: PENSION });
    assert.equal(monthly.fundType, PENSION);
    // January: February–December 2025 and January 2026 are the window: 2 × 5,000.00 + 4 × 300.00 over 6 months.
    assert.deepEqual(monthly.months[0], {
      month: 1,
      income: '300.00',
      expenditure: '300.00',
      balance: '3000.00',
      monthsPayable: '1.60',
      reserveLevel: 'red',
      lastYearIncome: '95.00',
      lastYearExpenditure: '5000.00',
    });
    assert.deepEqual(
      monthly.months.slice(1, 4).map((m) => [m.balance, m.monthsPayable, m.reserveLevel]),
      [
        ['3000.00', '2.76', 'red'],
        ['2399.98', '7.99', 'yellow'],
        [null, null, 'none'],
      ],
    );
    assert.deepEqual(monthly.months[11], {
      month: 12,
      income: null,
      expenditure: null,
      balance: null,
      monthsPayable: null,
      reserveLevel: 'none',
      lastYearIncome: '300.00',
      lastYearExpenditure: '300.00',
    });
  });

  it('sums every fund when none is named', async () => {
    const monthly = await staff.socialFunds.monthly(CITY_2026);
    assert.deepEqual(
      [monthly.fundType, monthly.months[0]!.income, monthly.months[0]!.expenditure, monthly.months[2]!.balance],
      [null, '370.00', '310.00', '3599.98'],
    );
  });
});

describe('socialFunds.regions', () => {
  it('judges each branch at 9 months, just under 9 and just under 6, and its income at, under and over its spending', async () => {
    const result = await staff.socialFunds.regions({ ...CITY_2026, fundType: PENSION });
    assert.deepEqual(result.lines, { yellowBelow: '9', redBelow: '6' });
    assert.deepEqual(
      result.regions.map((r) => [
        r.regionCode,
        r.branch,
        r.latestMonth,
        r.income,
        r.surplus,
        r.deficit,
        r.balance,
        r.averageExpenditure,
        r.monthsPayable,
        r.reserveLevel,
      ]),
      [
        ['390100', 'self', 3, '300.00', '0.00', false, '900.00', '100.00', '9.00', 'normal'],
        ['390102', 'child', 3, '299.99', '-0.01', true, '899.99', '100.00', '8.99', 'yellow'],
        ['390103', 'child', 3, '300.01', '0.01', false, '599.99', '100.00', '5.99', 'red'],
      ],
    );
    assert.deepEqual(
      result.regions.map((r) => [r.regionName, r.level, r.lastYearIncome]),
      [
        ['临江市', 'city', '285.00'],
        ['城东区', 'county', null],
        ['城西区', 'county', null],
      ],
    );
  });

  it('takes every fund together when none is named, a township’s included in its district', async () => {
    const result = await staff.socialFunds.regions(CITY_2026);
    assert.equal(result.fundType, null);
    assert.deepEqual(
      result.regions.map((r) => [r.regionCode, r.income, r.expenditure, r.balance]),
      [
        ['390100', '360.00', '330.00', '1100.00'],
        ['390102', '449.99', '300.00', '1899.99'],
        ['390103', '300.01', '300.00', '599.99'],
      ],
    );
  });

  it('judges each branch on its own region’s SIF-MONTHS lines', async () => {
    await setRuleThreshold(database.pool, {
      ruleCode: 'SIF-MONTHS',
      regionCode: '390103',
      params: { redBelow: 5.9999 },
    });
    const result = await staff.socialFunds.regions({ ...CITY_2026, fundType: PENSION });
    assert.deepEqual(
      result.regions.map((r) => r.reserveLevel),
      ['normal', 'yellow', 'yellow'],
    );
    assert.deepEqual((await staff.socialFunds.overview({ regionCode: '390103', fiscalYear: 2026 })).lines, {
      yellowBelow: '9',
      redBelow: '5.9999',
    });
  });
});
