import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TRPCError } from '@trpc/server';
import { findFeed } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { addTestUser } from '../testing/sign-in';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appRouter } from '../trpc/app.router';
import { createContextInner, createServices } from '../trpc/context';
import { createCallerFactory } from '../trpc/trpc';

let database: TestDatabase;
let dir: string;
let caller: ReturnType<typeof appRouter.createCaller>;

/** A city with one district, budgets and payments in two books, and revenue. */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township`,
  agencies: `agency_code,agency_name,region_code,parent_code,agency_type
C01,临江市教育局,390100,,administrative
D01,城东区教育局,390102,,administrative`,
  budget_lines: `line_id,fiscal_year,region_code,book,agency_code,func_code,econ_code,line_type,parent_line_id,amount,doc_no,issued_date
L1,2026,390100,GPB,C01,2050201,30201,initial,,1000000.00,临财预〔2026〕1号,2026-01-10
L2,2026,390100,GPB,C01,2050201,30201,adjustment,L1,-200000.00,临财预〔2026〕9号,2026-06-10
L3,2026,390102001,GPB,D01,2050201,30201,initial,,500000.10,东财预〔2026〕1号,2026-01-12
L4,2026,390100,GFB,C01,2120801,31005,initial,,300000.00,临财预〔2026〕2号,2026-01-10
L5,2025,390100,GPB,C01,2050201,30201,initial,,999.00,临财预〔2025〕1号,2025-01-10`,
  payments: `voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,line_id,payee_name,payee_type,pay_method,settle_method,amount,purpose
V1,2026-03-02,390100,GPB,C01,2050201,30201,L1,甲公司,unit,direct,transfer,400000.00,办公
V2,2026-04-01,390100,GPB,C01,2050201,30201,L1,甲公司,unit,direct,transfer,-0.01,冲销
V3,2026-05-06,390102001,GPB,D01,2050201,30201,L3,乙公司,unit,direct,transfer,250000.05,设备
V4,2026-06-30,390100,GFB,C01,2120801,31005,L4,丙公司,unit,direct,transfer,30000.00,工程
V5,2025-12-30,390100,GPB,C01,2050201,30201,L5,甲公司,unit,direct,transfer,999.00,办公`,
  revenue: `fiscal_year,month,region_code,book,rev_code,budget_amount,actual_amount
2026,1,390100,GPB,10101,1200.00,100.00
2026,2,390100,GPB,10101,1200.00,150.00
2026,1,390100,GPB,110,5000.00,5000.00
2026,1,390102,GPB,10302,300.00,30.00`,
};

before(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-overview-'));
  for (const [feed, content] of Object.entries(FEED_FILES)) {
    const file = path.join(dir, `${feed}.csv`);
    await writeFile(file, content + '\n');
    const result = await ingestFile(database.pool, { feed: findFeed(feed)!, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded', `${feed}: ${JSON.stringify(result.rowErrors.slice(0, 3))}`);
  }
  const services = createServices({ db: database.db, pool: database.pool });
  caller = createCallerFactory(appRouter)(createContextInner({ services, user: await addTestUser(database.pool, 'deputy') }));
});
after(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('overview.get', () => {

  it('aggregates the city with its sub-regions per book, exactly', async () => {
    const overview = await caller.overview.get({ regionCode: '390100', fiscalYear: 2026 });
    const gpb = overview.books.find((b) => b.book === 'GPB')!;
    // 1,000,000 − 200,000 (adjustment) + 500,000.10 (township, two levels down)
    assert.equal(gpb.budget, '1300000.10');
    assert.equal(gpb.executed, '650000.04');
    assert.equal(gpb.executionRate, '0.500000');
    const gfb = overview.books.find((b) => b.book === 'GFB')!;
    assert.deepEqual([gfb.budget, gfb.executed, gfb.executionRate], ['300000.00', '30000.00', '0.100000']);
    const scb = overview.books.find((b) => b.book === 'SCB')!;
    assert.deepEqual([scb.budget, scb.executionRate], ['0.00', null]);
  });

  it('takes time progress at the latest payment date of an open year', async () => {
    const overview = await caller.overview.get({ regionCode: '390100', fiscalYear: 2026 });
    assert.equal(overview.asOf, '2026-06-30');
    assert.equal(overview.timeProgress, (181 / 365).toFixed(6));
  });

  it('closes a year at 31 December once a later year has payments', async () => {
    const overview = await caller.overview.get({ regionCode: '390100', fiscalYear: 2025 });
    assert.deepEqual([overview.asOf, overview.timeProgress], ['2025-12-31', '1.000000']);
  });

  it('counts revenue once per code and year, without transfers', async () => {
    const overview = await caller.overview.get({ regionCode: '390100', fiscalYear: 2026 });
    const gpb = overview.books.find((b) => b.book === 'GPB')!;
    assert.deepEqual([gpb.revenueBudget, gpb.revenueActual], ['1500.00', '280.00']);
  });

  it('breaks execution down by direct sub-region with their own subtrees', async () => {
    const overview = await caller.overview.get({ regionCode: '390100', fiscalYear: 2026 });
    assert.deepEqual(overview.subRegions, [
      { regionCode: '390102', regionName: '城东区', level: 'county', budget: '500000.10', executed: '250000.05', executionRate: '0.500000' },
    ]);
  });

  it('answers NOT_FOUND with a bilingual message for an unknown region', async () => {
    await assert.rejects(caller.overview.get({ regionCode: '390199', fiscalYear: 2026 }), (error: unknown) => {
      assert.ok(error instanceof TRPCError);
      assert.equal(error.code, 'NOT_FOUND');
      return true;
    });
  });

  it('rejects malformed input before any query runs', async () => {
    await assert.rejects(caller.overview.get({ regionCode: "390100' OR 1=1 --", fiscalYear: 2026 }), /region code/);
    await assert.rejects(caller.overview.get({ regionCode: '390100', fiscalYear: 1800 }));
  });
});

describe('reference.summary', () => {
  it('returns the region tree and defaults to the top region and latest year with budgets', async () => {
    const summary = await caller.reference.summary();
    assert.equal(summary.defaultRegionCode, '390100');
    assert.equal(summary.defaultFiscalYear, 2026);
    assert.deepEqual(summary.fiscalYears, [2026, 2025]);
    const city = summary.regions.find((r) => r.code === '390100')!;
    assert.equal(city.children[0]?.children[0]?.code, '390102001');
  });
});
