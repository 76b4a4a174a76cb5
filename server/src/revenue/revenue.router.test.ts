import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TRPCError } from '@trpc/server';
import { setRuleThreshold } from '../detect/rule-thresholds';
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
let staff: ReturnType<typeof appRouter.createCaller>;
let deputy: ReturnType<typeof appRouter.createCaller>;
let districtStaff: ReturnType<typeof appRouter.createCaller>;

const rows = (year: number, months: number[], rest: string) => months.map((month) => `${year},${month},${rest}`);

/**
 * A city (own rows), a district with a township, and a second district; January–March 2026 (and a
 * May row: April is missing) against January–March 2025. Each branch's GPB own budget is 1,000,000.00
 * and its collections sit at, just under and just over REV-PACE's 10 points behind time progress at
 * the end of March (90/365 = 24.6575 %, so the line is 146,575.00 collected).
 */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township
390103,城西区,390100,county`,
  revenue: [
    'fiscal_year,month,region_code,book,rev_code,rev_name,budget_amount,actual_amount',
    '2026,1,390100,GPB,10101,增值税,600000.00,30000.00',
    '2026,2,390100,GPB,10101,增值税,600000.00,30000.00',
    '2026,3,390100,GPB,10101,增值税,600000.00,40000.00',
    '2026,1,390100,GPB,10302,专项收入,400000.00,10000.00',
    '2026,2,390100,GPB,10302,专项收入,400000.00,16575.00',
    '2026,3,390100,GPB,10302,专项收入,400000.00,20000.00',
    // Transfers are not own revenue.
    '2026,1,390100,GPB,11002,一般性转移支付收入,5000000.00,1000000.00',
    '2026,3,390100,GFB,1030148,国有土地使用权出让收入,2000000.00,500000.00',
    '2026,1,390102,GPB,10101,增值税,500000.00,50000.00',
    '2026,2,390102,GPB,10101,增值税,500000.00,50000.00',
    '2026,3,390102,GPB,10101,增值税,500000.00,46575.01',
    // A code the classification lacks: named from the file.
    '2026,1,390102001,GPB,1039901,街道其他收入,500000.00,0.00',
    // The class row beside its item in January: only the item counts.
    '2026,1,390103,GPB,101,税收收入,1000000.00,50000.00',
    '2026,1,390103,GPB,10101,增值税,1000000.00,50000.00',
    '2026,2,390103,GPB,10101,增值税,1000000.00,50000.00',
    '2026,3,390103,GPB,10101,增值税,1000000.00,46574.99',
    '2026,5,390103,GPB,10101,增值税,1000000.00,999.00',
    ...rows(2025, [1, 2, 3], '390100,GPB,10101,增值税,500000.00,25000.00'),
    ...rows(2025, [1, 2, 3], '390100,GPB,10302,专项收入,300000.00,10000.00'),
    ...rows(2025, [1, 2, 3], '390102,GPB,10101,增值税,400000.00,40000.00'),
    ...rows(2025, [1, 2, 3], '390103,GPB,10101,增值税,900000.00,50000.00'),
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
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-revenue-'));
  await loadReferenceData(database.pool, createLogger('silent'));
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

describe('revenue.summary', () => {
  it('sums own revenue per book over the subtree through the last unbroken month, against time and last year', async () => {
    const summary = await deputy.revenue.summary(CITY_2026);
    assert.deepEqual(
      [summary.regionName, summary.throughMonth, summary.timeProgress, summary.monthProgress, summary.paceLine],
      ['临江市', 3, '0.246575', '0.250000', '0.1'],
    );
    const [gpb, gfb, scb] = summary.books;
    // 1,000,000 per branch; 146,575.00 + 146,575.01 + 0.00 + 146,574.99, May (after the missing April) left out.
    assert.deepEqual(gpb, {
      book: 'GPB',
      budget: '3000000.00',
      actual: '439725.00',
      rate: '0.146575',
      paceGap: '0.100000',
      behindPace: true,
      lastYearActual: '375000.00',
      growth: '0.172600',
    });
    assert.deepEqual(
      [gfb!.budget, gfb!.actual, gfb!.rate, gfb!.paceGap, gfb!.behindPace, gfb!.lastYearActual, gfb!.growth],
      ['2000000.00', '500000.00', '0.250000', '-0.003425', false, '0.00', null],
    );
    assert.deepEqual([scb!.budget, scb!.rate, scb!.paceGap, scb!.behindPace], ['0.00', null, null, false]);
  });

  it('compares with last year only when last year is loaded as far', async () => {
    const summary = await staff.revenue.summary({ regionCode: '390100', fiscalYear: 2025 });
    assert.equal(summary.throughMonth, 3);
    assert.deepEqual(
      [summary.books[0]!.actual, summary.books[0]!.lastYearActual, summary.books[0]!.growth],
      ['375000.00', null, null],
    );
  });

  it('answers an empty year with zeros and no progress', async () => {
    const summary = await staff.revenue.summary({ regionCode: '390100', fiscalYear: 2030 });
    assert.deepEqual(
      [summary.throughMonth, summary.timeProgress, summary.books[0]!.actual, summary.books[0]!.paceGap],
      [0, null, '0.00', null],
    );
  });

  it('keeps a district user inside their district', async () => {
    const summary = await districtStaff.revenue.summary({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(
      [summary.books[0]!.budget, summary.books[0]!.actual, summary.books[0]!.behindPace],
      ['1000000.00', '146575.01', false],
    );
    await assert.rejects(districtStaff.revenue.summary(CITY_2026), isCode('FORBIDDEN'));
    await assert.rejects(districtStaff.revenue.regions(CITY_2026), isCode('FORBIDDEN'));
  });

  it('answers NOT_FOUND for a region that is not loaded, BAD_REQUEST for bad input', async () => {
    await assert.rejects(staff.revenue.summary({ regionCode: '390199', fiscalYear: 2026 }), isCode('NOT_FOUND'));
    await assert.rejects(staff.revenue.codes({ regionCode: '390199', fiscalYear: 2026 }), isCode('NOT_FOUND'));
    for (const bad of [
      { regionCode: '3901' },
      { fiscalYear: 1999 },
      { fiscalYear: 2026.5 },
      { book: 'ALL' },
      { regionCode: "390100' OR '1'='1" },
    ]) {
      await assert.rejects(
        staff.revenue.monthly({ ...CITY_2026, ...bad } as never),
        isCode('BAD_REQUEST'),
        JSON.stringify(bad),
      );
    }
  });
});

describe('revenue.monthly', () => {
  it('gives each month’s collection and the running total to the last unbroken month, with last year', async () => {
    const monthly = await staff.revenue.monthly(CITY_2026);
    assert.deepEqual(
      [monthly.book, monthly.budget, monthly.lastYearBudget, monthly.throughMonth, monthly.lastYearThroughMonth],
      ['GPB', '3000000.00', '2100000.00', 3, 3],
    );
    assert.deepEqual(monthly.months[0], {
      month: 1,
      actual: '140000.00',
      cumulative: '140000.00',
      rate: '0.046667',
      lastYear: '125000.00',
      lastYearCumulative: '125000.00',
      lastYearRate: '0.059524',
      timeProgress: '0.084932',
    });
    assert.deepEqual(
      monthly.months.map((m) => [m.actual, m.cumulative]),
      [
        ['140000.00', '140000.00'],
        ['146575.00', '286575.00'],
        ['153150.00', '439725.00'],
        [null, null],
        ['999.00', null],
        ...Array.from({ length: 7 }, () => [null, null]),
      ],
    );
    assert.deepEqual(
      [monthly.months[2]!.rate, monthly.months[2]!.lastYearCumulative, monthly.months[11]!.timeProgress],
      ['0.146575', '375000.00', '1.000000'],
    );
  });

  it('shows a loaded month without rows of the book as zero', async () => {
    const monthly = await staff.revenue.monthly({ ...CITY_2026, book: 'GFB' });
    assert.deepEqual(
      monthly.months.slice(0, 4).map((m) => m.actual),
      ['0.00', '0.00', '500000.00', null],
    );
    assert.equal(monthly.months[2]!.rate, '0.250000');
  });
});

describe('revenue.composition', () => {
  it('splits 一般公共预算收入 into tax and non-tax month by month and against the same months of last year', async () => {
    const composition = await staff.revenue.composition(CITY_2026);
    assert.deepEqual(composition.lines, {
      nonTaxShareAbove: '0.3',
      nonTaxRiseAtLeast: '0.1',
      declineYellow: '0',
      declineRed: '0.1',
    });
    assert.deepEqual(composition.months[0], {
      month: 1,
      tax: '130000.00',
      nonTax: '10000.00',
      share: '0.071429',
      lastYearTax: '115000.00',
      lastYearNonTax: '10000.00',
      lastYearShare: '0.080000',
    });
    assert.deepEqual(
      [composition.months[4]!.tax, composition.months[4]!.share, composition.months[3]!.tax],
      ['999.00', null, null],
    );
    assert.deepEqual(composition.total, {
      tax: '393150.00',
      nonTax: '46575.00',
      general: '439725.00',
      share: '0.105918',
      lastYearTax: '345000.00',
      lastYearNonTax: '30000.00',
      lastYearGeneral: '375000.00',
      lastYearShare: '0.080000',
      shareRise: '0.025918',
      growth: '0.172600',
      shareAbove: false,
      shareRisen: false,
      decline: 'none',
    });
  });

  it('flags a fall on last year as REV-DECLINE does', async () => {
    // 城西区: 146,574.99 against 150,000.00, 2.28 % down.
    const composition = await staff.revenue.composition({ regionCode: '390103', fiscalYear: 2026 });
    assert.deepEqual([composition.total.growth, composition.total.decline], ['-0.022833', 'yellow']);
  });
});

describe('revenue.codes', () => {
  it('sums the leaves into 类, 款 and 项, named from the classification or else the file', async () => {
    const { classes, throughMonth } = await staff.revenue.codes(CITY_2026);
    assert.equal(throughMonth, 3);
    assert.deepEqual(
      classes.map((c) => [c.code, c.nameZh, c.own, c.budget, c.actual, c.rate, c.lastYearActual, c.growth]),
      [
        ['101', '税收收入', true, '2100000.00', '393150.00', '0.187214', '345000.00', '0.139565'],
        ['103', '非税收入', true, '900000.00', '46575.00', '0.051750', '30000.00', '0.552500'],
        ['110', '转移性收入', false, '5000000.00', '1000000.00', '0.200000', '0.00', null],
      ],
    );
    const nonTax = classes[1]!;
    assert.deepEqual(
      nonTax.children.map((c) => [
        c.code,
        c.nameZh,
        c.budget,
        c.actual,
        c.children.map((item) => [item.code, item.nameZh, item.nameEn]),
      ]),
      [
        ['10302', '专项收入', '400000.00', '46575.00', []],
        ['10399', '其他收入', '500000.00', '0.00', [['1039901', '街道其他收入', '街道其他收入']]],
      ],
    );
    assert.equal(classes[0]!.nameEn, 'Tax revenue');
  });

  it('reaches 项 for a 7-digit code of another book', async () => {
    const { classes } = await staff.revenue.codes({ ...CITY_2026, book: 'GFB' });
    assert.deepEqual(
      classes.map((c) => [
        c.code,
        c.children.map((k) => [k.code, k.children.map((x) => [x.code, x.nameZh, x.actual])]),
      ]),
      [['103', [['10301', [['1030148', '国有土地使用权出让收入', '500000.00']]]]]],
    );
  });
});

describe('revenue.regions', () => {
  it('lists the region’s own rows and each sub-region at, just under and just over the REV-PACE line', async () => {
    const result = await staff.revenue.regions(CITY_2026);
    assert.deepEqual([result.throughMonth, result.timeProgress, result.paceLine], [3, '0.246575', '0.1']);
    assert.deepEqual(
      result.regions.map((r) => [
        r.regionCode,
        r.branch,
        r.latestMonth,
        r.budget,
        r.actual,
        r.rate,
        r.paceGap,
        r.behindPace,
        r.lastYearActual,
        r.growth,
      ]),
      [
        // 24.6575 − 14.6575 = 10 points: on the line, flagged.
        ['390100', 'self', 3, '1000000.00', '146575.00', '0.146575', '0.100000', true, '105000.00', '0.395952'],
        // 9.999999 points: just under.
        ['390102', 'child', 3, '1000000.00', '146575.01', '0.146575', '0.099999', false, '120000.00', '0.221458'],
        // 10.000001 points: just over; May is loaded, April is not.
        ['390103', 'child', 5, '1000000.00', '146574.99', '0.146575', '0.100000', true, '150000.00', '-0.022833'],
      ],
    );
    assert.deepEqual(
      result.regions.map((r) => [r.regionName, r.level]),
      [
        ['临江市', 'city'],
        ['城东区', 'county'],
        ['城西区', 'county'],
      ],
    );
  });

  it('leaves out branches without a row of the book', async () => {
    const result = await staff.revenue.regions({ ...CITY_2026, book: 'SCB' });
    assert.deepEqual(result.regions, []);
  });
});

describe('lines in force', () => {
  it('judges each branch on its own region’s REV-PACE line, and the scope on REV-NONTAX’s tuned share', async () => {
    await setRuleThreshold(database.pool, { ruleCode: 'REV-PACE', regionCode: '390103', params: { lag: 10.000002 } });
    await setRuleThreshold(database.pool, {
      ruleCode: 'REV-NONTAX',
      regionCode: '390100',
      params: { shareAbove: 10.59 },
    });
    const regions = await staff.revenue.regions(CITY_2026);
    assert.equal(regions.paceLine, '0.1');
    assert.deepEqual(
      regions.regions.map((r) => r.behindPace),
      [true, false, false],
    );
    const composition = await staff.revenue.composition(CITY_2026);
    assert.deepEqual([composition.lines.nonTaxShareAbove, composition.total.shareAbove], ['0.1059', true]);
    // A sub-region inherits its parent's tuning.
    const district = await staff.revenue.composition({ regionCode: '390102', fiscalYear: 2026 });
    assert.equal(district.lines.nonTaxShareAbove, '0.1059');
  });
});
