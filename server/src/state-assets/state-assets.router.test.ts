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
let deputy: ReturnType<typeof appRouter.createCaller>;
let districtStaff: ReturnType<typeof appRouter.createCaller>;

const E1 = '913901000000000001';
const E2 = '913901020000000002';
const E3 = '913901000000000003';
const E4 = '913901000000000004';
const E5 = '913901020000000005';

const SOE_HEADER =
  'enterprise_code,enterprise_name,region_code,supervisor,industry_class,period,total_assets,total_liabilities,owner_equity,state_capital,revenue,total_profit,net_profit,dividends_due,dividends_paid';

/**
 * 临江建工 (industrial) on its warning line in 2025 and just under its key-supervision line in 2026-Q2;
 * 江城物业 (non-industrial, in the district) with two annual losses, state capital just under a year
 * earlier, revenue just over 5 % unpaid and on its key-supervision line at 2026-Q3; 临江能源 on the
 * industrial key-supervision line with its 2026 annual report; 临江数科 without assets; 江城旅游
 * reporting only in 2025.
 */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,江城区,390100,county`,
  soe_financials: `${SOE_HEADER}
${E1},临江建工集团有限公司,390100,市国资委,industrial,2025,1000.00,650.00,350.00,300.00,800.00,40.00,30.00,9.00,9.00
${E1},临江建工集团有限公司,390100,市国资委,industrial,2026-Q1,1000.00,660.00,340.00,300.00,200.00,10.00,8.00,0.00,0.00
${E1},临江建工集团有限公司,390100,市国资委,industrial,2026-Q2,1000.00,699.99,300.01,300.00,400.00,20.00,15.00,0.00,0.00
${E2},江城物业服务有限公司,390102,区财政局,non_industrial,2024,900.00,500.00,400.00,400.00,300.00,-12.00,-10.00,0.00,0.00
${E2},江城物业服务有限公司,390102,区财政局,non_industrial,2025,900.00,500.01,399.99,399.99,300.00,-6.00,-5.00,100.00,94.99
${E2},江城物业服务有限公司,390102,区财政局,non_industrial,2026-Q3,1000.00,750.00,250.00,250.00,200.00,1.00,1.00,0.00,0.00
${E3},临江能源投资有限公司,390100,市国资委,industrial,2025,2000.00,1300.00,700.00,500.00,900.00,60.00,45.00,100.00,100.00
${E3},临江能源投资有限公司,390100,市国资委,industrial,2026,2000.00,1400.00,600.00,500.00,950.00,70.00,50.00,100.00,95.00
${E4},临江数字科技有限公司,390100,市国资委,non_industrial,2026-Q1,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00
${E5},江城文化旅游有限公司,390102,区财政局,non_industrial,2025,100.00,10.00,90.00,90.00,50.00,5.00,4.00,1.00,1.00`,
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
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-state-assets-'));
  for (const [feed, content] of Object.entries(FEED_FILES)) await load(feed, content);
  const services = createServices({ db: database.db, pool: database.pool });
  const callerFor = async (role: 'staff' | 'deputy', regionCode?: string) =>
    createCallerFactory(appRouter)(
      createContextInner({ services, user: await addTestUser(database.pool, role, regionCode ? { regionCode } : {}) }),
    );
  deputy = await callerFor('deputy');
  districtStaff = await callerFor('staff', '390102');
});
after(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

const CITY_2026 = { regionCode: '390100', fiscalYear: 2026 };

describe('stateAssets.enterprises', () => {
  it('judges each enterprise’s latest leverage of the year against its class’s lines, most leveraged first', async () => {
    const { enterprises } = await deputy.stateAssets.enterprises(CITY_2026);
    assert.deepEqual(
      enterprises.map((e) => [e.enterpriseCode, e.period, e.industryClass, e.leverage]),
      [
        // 75 %: the non-industrial key-supervision line.
        [E2, '2026-Q3', 'non_industrial', { value: '0.750000', severity: 'red' }],
        // 70 %: the industrial key-supervision line, from the annual report rather than a quarter.
        [E3, '2026', 'industrial', { value: '0.700000', severity: 'red' }],
        // 69.999 %: just under the industrial key-supervision line, over the warning line.
        [E1, '2026-Q2', 'industrial', { value: '0.699990', severity: 'yellow' }],
        // No assets, no ratio.
        [E4, '2026-Q1', 'non_industrial', { value: null, severity: null }],
      ],
    );
    assert.equal(enterprises[0]!.regionName, '江城区');
  });

  it('takes the year’s results from its annual report, else the year before’s', async () => {
    const byCode = new Map(
      (await deputy.stateAssets.enterprises(CITY_2026)).enterprises.map((e) => [e.enterpriseCode, e]),
    );
    const e2 = byCode.get(E2)!;
    // Two annual losses in a row (SOE-LOSS); 399.99 / 400.00 (just under 100 %); 5.01 % unpaid (just over 5 %).
    assert.deepEqual(
      [
        e2.annualPeriod,
        e2.netProfit,
        e2.lossYears,
        e2.lossSeverity,
        e2.stateCapital,
        e2.baseStateCapital,
        e2.preservation,
      ],
      ['2025', '-5.00', 2, 'orange', '399.99', '400.00', { value: '0.999975', severity: 'yellow' }],
    );
    assert.deepEqual(
      [e2.dividendsDue, e2.dividendsPaid, e2.unpaid],
      ['100.00', '94.99', { value: '0.050100', severity: 'orange' }],
    );
    const e3 = byCode.get(E3)!;
    // Its own 2026 annual report: capital at 100 % of 2025's, exactly 5 % unpaid — neither is past its line.
    assert.deepEqual(
      [e3.annualPeriod, e3.lossYears, e3.lossSeverity, e3.preservation, e3.unpaid],
      ['2026', 0, null, { value: '1.000000', severity: null }, { value: '0.050000', severity: null }],
    );
    const e1 = byCode.get(E1)!;
    // 2025 has no report a year earlier: no rate.
    assert.deepEqual(
      [e1.annualPeriod, e1.preservation, e1.unpaid.value],
      ['2025', { value: null, severity: null }, '0.000000'],
    );
    assert.deepEqual(
      [byCode.get(E4)!.annualPeriod, byCode.get(E4)!.netProfit, byCode.get(E4)!.unpaid.value],
      [null, null, null],
    );
  });

  it('sums the subtree', async () => {
    const { summary } = await deputy.stateAssets.enterprises(CITY_2026);
    assert.deepEqual(summary, {
      enterprises: 4,
      totalAssets: '4000.00',
      totalLiabilities: '2849.99',
      leverage: '0.712497',
      overWarningLine: 1,
      overKeyLine: 2,
      lossMaking: 1,
      consecutiveLosses: 1,
      // (399.99 + 500.00) / (400.00 + 500.00)
      preservation: '0.999988',
      notPreserved: 1,
      dividendsDue: '209.00',
      dividendsPaid: '198.99',
      paidRatio: '0.952105',
      underpaid: 1,
    });
  });

  it('draws the lines of the rules’ descriptors, or those in force for the region', async () => {
    const { lines } = await deputy.stateAssets.enterprises(CITY_2026);
    assert.deepEqual(lines, {
      leverage: {
        ruleCode: 'SOE-LEVERAGE',
        industrial: [
          { severity: 'yellow', ratio: '0.65' },
          { severity: 'red', ratio: '0.7' },
        ],
        nonIndustrial: [
          { severity: 'yellow', ratio: '0.7' },
          { severity: 'red', ratio: '0.75' },
        ],
      },
      loss: { ruleCode: 'SOE-LOSS', consecutiveYears: 2 },
      preservation: { ruleCode: 'SOE-PRESERVE', below: '1' },
      dividend: { ruleCode: 'SOE-DIVIDEND', shortfallAbove: '0.05' },
    });
    await setRuleThreshold(database.pool, {
      ruleCode: 'SOE-LEVERAGE',
      regionCode: '390102',
      params: { nonIndustrialKey: 80 },
    });
    try {
      const city = await deputy.stateAssets.enterprises(CITY_2026);
      assert.equal(city.enterprises.find((e) => e.enterpriseCode === E2)!.leverage.severity, 'yellow');
      assert.deepEqual(
        city.lines.leverage.nonIndustrial.map((l) => l.ratio),
        ['0.7', '0.75'],
      );
      const district = await districtStaff.stateAssets.enterprises({ regionCode: '390102', fiscalYear: 2026 });
      assert.deepEqual(
        district.lines.leverage.nonIndustrial.map((l) => l.ratio),
        ['0.7', '0.8'],
      );
    } finally {
      await clearRuleThreshold(database.pool, { ruleCode: 'SOE-LEVERAGE', regionCode: '390102' });
    }
  });

  it('lists the enterprises reporting in the year', async () => {
    const earlier = await deputy.stateAssets.enterprises({ regionCode: '390100', fiscalYear: 2025 });
    assert.deepEqual(
      earlier.enterprises.map((e) => [e.enterpriseCode, e.period]),
      [
        // 65 % both: by code.
        [E1, '2025'],
        [E3, '2025'],
        [E2, '2025'],
        [E5, '2025'],
      ],
    );
    const none = await deputy.stateAssets.enterprises({ regionCode: '390100', fiscalYear: 2023 });
    assert.deepEqual([none.enterprises, none.summary.leverage, none.summary.paidRatio], [[], null, null]);
  });

  it('keeps a district user inside their district', async () => {
    const district = await districtStaff.stateAssets.enterprises({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(
      district.enterprises.map((e) => e.enterpriseCode),
      [E2],
    );
    await assert.rejects(districtStaff.stateAssets.enterprises(CITY_2026), (e: TRPCError) => e.code === 'FORBIDDEN');
  });

  it('answers NOT_FOUND for a region that is not loaded and BAD_REQUEST for bad input', async () => {
    await assert.rejects(
      deputy.stateAssets.enterprises({ regionCode: '390199', fiscalYear: 2026 }),
      (e: TRPCError) => e.code === 'NOT_FOUND',
    );
    for (const bad of [
      { regionCode: '39', fiscalYear: 2026 },
      { regionCode: '390100', fiscalYear: 2101 },
      { fiscalYear: 2026 },
    ]) {
      await assert.rejects(
        deputy.stateAssets.enterprises(bad as never),
        (e: TRPCError) => e.code === 'BAD_REQUEST',
        JSON.stringify(bad),
      );
    }
  });
});
