import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TRPCError } from '@trpc/server';
import { findFeed } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { addTestUser } from '../testing/sign-in';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appRouter } from '../trpc/app.router';
import { createContextInner, createServices } from '../trpc/context';
import { createCallerFactory } from '../trpc/trpc';
import { createDataVersionCache } from '../shared/data-version-cache';
import { searchPayments } from './execution.service';
import { rebuildPaymentSummary } from './payment-summary';

let database: TestDatabase;
let dir: string;
let staff: ReturnType<typeof appRouter.createCaller>;
let auditor: ReturnType<typeof appRouter.createCaller>;
let districtStaff: ReturnType<typeof appRouter.createCaller>;

const PAYMENT_HEADER =
  'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,line_id,payee_name,payee_type,pay_method,settle_method,amount,purpose';

/** A city with a district and a township; two agencies of the city, one of the township; two years. */
const FEED_FILES: Record<string, string> = {
  regions: `region_code,region_name,parent_code,level
390100,临江市,,city
390102,城东区,390100,county
390102001,东湖街道,390102,township`,
  agencies: `agency_code,agency_name,region_code,parent_code,agency_type
C01,临江市教育局,390100,,administrative
C02,临江市卫健委,390100,,administrative
D01,东湖街道办事处,390102001,,administrative`,
  budget_lines: `line_id,fiscal_year,region_code,book,agency_code,func_code,econ_code,line_type,parent_line_id,amount,doc_no,issued_date
L1,2026,390100,GPB,C01,2050201,30201,initial,,1000000.00,临财预〔2026〕1号,2026-01-10
L2,2026,390100,GPB,C01,2050201,30201,adjustment,L1,-200000.00,临财预〔2026〕9号,2026-06-10
L3,2026,390102001,GPB,D01,2010101,30101,initial,,500000.10,东财预〔2026〕1号,2026-01-12
L4,2026,390100,GFB,C01,2120801,31005,initial,,300000.00,临财预〔2026〕2号,2026-01-10
L6,2026,390100,GPB,C02,2100101,30201,initial,,100000.00,临财预〔2026〕3号,2026-01-10
L5,2025,390100,GPB,C01,2050201,30201,initial,,999.00,临财预〔2025〕1号,2025-01-10`,
  payments: `${PAYMENT_HEADER}
V1,2026-03-02,390100,GPB,C01,2050201,30201,L1,甲公司,unit,direct,transfer,400000.00,办公
V2,2026-04-01,390100,GPB,C01,2050201,30201,L1,甲公司,unit,direct,transfer,-0.01,冲销
V3,2026-05-06,390102001,GPB,D01,2010101,30101,L3,乙公司,unit,direct,transfer,250000.05,设备
V4,2026-06-30,390100,GFB,C01,2120801,31005,L4,丙公司,unit,direct,transfer,30000.00,工程
V6,2026-06-15,390100,GPB,C01,2050201,30201,,王小明,individual,direct,transfer,1234.56,劳务
V7,2026-02-01,390100,GPB,C02,2100101,30201,L6,丁医院,unit,direct,transfer,90000.00,药品
V10,2026-06-20,390100,GPB,C01,2050201,30201,L2,戊公司,unit,direct,transfer,100.00,调整后支付
V11,2026-06-21,390100,GPB,C01,2050201,30201,L6,己公司,unit,direct,transfer,50.00,错挂指标
V99,2026-06-22,390100,GPB,C01,2050201,30201,,王大,individual,direct,transfer,20.00,劳务
V5,2025-03-30,390100,GPB,C01,2050201,30201,L5,甲公司,unit,direct,transfer,999.00,办公`,
};

async function load(feed: string, content: string): Promise<void> {
  const file = path.join(dir, `${feed}-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, content + '\n');
  const result = await ingestFile(database.pool, { feed: findFeed(feed)!, filePath: file, source: 'cli' });
  assert.equal(result.status, 'succeeded', `${feed}: ${JSON.stringify([result.fileErrors, result.rowErrors.slice(0, 3)])}`);
}

/** The stored sums (both grains, every column), sorted, for comparing with a rebuild from the payments. */
async function summaryRows(): Promise<string[]> {
  const rows = await database.pool.query(
    `SELECT 'line|' || s::text AS r FROM payment_summary s UNION ALL SELECT 'agency|' || a::text FROM payment_agency_month a ORDER BY 1`,
  );
  return rows.rows.map((row: { r: string }) => row.r);
}

before(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-execution-'));
  for (const [feed, content] of Object.entries(FEED_FILES)) await load(feed, content);
  const services = createServices({ db: database.db, pool: database.pool });
  const callerFor = async (role: 'staff' | 'auditor', regionCode?: string) =>
    createCallerFactory(appRouter)(createContextInner({ services, user: await addTestUser(database.pool, role, regionCode ? { regionCode } : {}) }));
  staff = await callerFor('staff');
  auditor = await callerFor('auditor');
  districtStaff = await callerFor('staff', '390102');
});
after(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('execution.agencies', () => {
  it('ranks the agencies of the subtree by lag behind time progress, exactly', async () => {
    const ranking = await staff.execution.agencies({ regionCode: '390100', fiscalYear: 2026 });
    assert.equal(ranking.asOf, '2026-06-30');
    assert.equal(ranking.timeProgress, '0.495890'); // 181 / 365
    assert.deepEqual(
      ranking.agencies.map((a) => [a.agencyCode, a.budget, a.executed, a.executionRate, a.lag, a.payments]),
      [
        // C01: 800,000 GPB + 300,000 GFB budget; 400,000 − 0.01 + 30,000 + 1,234.56 + 100 + 50 + 20 paid
        ['C01', '1100000.00', '431404.55', '0.392186', '0.103704', 7],
        ['D01', '500000.10', '250000.05', '0.500000', '-0.004110', 1],
        ['C02', '100000.00', '90000.00', '0.900000', '-0.404110', 1],
      ],
    );
    assert.deepEqual(ranking.agencies.map((a) => a.regionName), ['临江市', '东湖街道', '临江市']);
  });

  it('limits the ranking to one book when asked', async () => {
    const ranking = await staff.execution.agencies({ regionCode: '390100', fiscalYear: 2026, book: 'GFB' });
    assert.deepEqual(ranking.agencies.map((a) => [a.agencyCode, a.budget, a.executed]), [['C01', '300000.00', '30000.00']]);
  });

  it('keeps a district user inside their district', async () => {
    const ranking = await districtStaff.execution.agencies({ regionCode: '390102', fiscalYear: 2026 });
    assert.deepEqual(ranking.agencies.map((a) => a.agencyCode), ['D01']);
    await assert.rejects(districtStaff.execution.agencies({ regionCode: '390100', fiscalYear: 2026 }), (e: TRPCError) => e.code === 'FORBIDDEN');
  });

  it('answers NOT_FOUND for a region that is not loaded', async () => {
    await assert.rejects(staff.execution.agencies({ regionCode: '390199', fiscalYear: 2026 }), (e: TRPCError) => e.code === 'NOT_FOUND');
  });
});

describe('execution.monthly', () => {
  it('gives twelve months of net payments and their running totals against last year', async () => {
    const monthly = await staff.execution.monthly({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01' });
    assert.equal(monthly.budget, '1100000.00');
    assert.equal(monthly.lastYearBudget, '999.00');
    assert.equal(monthly.months.length, 12);
    assert.deepEqual(monthly.months[2], { month: 3, executed: '400000.00', cumulative: '400000.00', lastYear: '999.00', lastYearCumulative: '999.00' });
    assert.deepEqual(monthly.months[3], { month: 4, executed: '-0.01', cumulative: '399999.99', lastYear: '0.00', lastYearCumulative: '999.00' });
    assert.equal(monthly.months[5]!.executed, '31404.56');
    assert.equal(monthly.months[11]!.cumulative, '431404.55');
  });
});

describe('execution scope', () => {
  it('answers NOT_FOUND for the monthly curve or functions of an agency outside the region', async () => {
    const scope = { regionCode: '390102', fiscalYear: 2026, agencyCode: 'C01' };
    await assert.rejects(staff.execution.monthly(scope), (e: TRPCError) => e.code === 'NOT_FOUND');
    await assert.rejects(staff.execution.functions(scope), (e: TRPCError) => e.code === 'NOT_FOUND');
    assert.equal((await staff.execution.monthly({ ...scope, agencyCode: 'D01' })).months[4]!.executed, '250000.05');
  });
});

describe('execution.functions', () => {
  it('sums budget and payments per 功能分类 类 with its 款', async () => {
    const { classes } = await staff.execution.functions({ regionCode: '390100', fiscalYear: 2026 });
    const byCode = new Map(classes.map((c) => [c.code, c]));
    assert.deepEqual([...byCode.keys()].sort(), ['201', '205', '210', '212']);
    const education = byCode.get('205')!;
    assert.deepEqual([education.budget, education.executed], ['800000.00', '401404.55']);
    assert.deepEqual(education.children.map((c) => [c.code, c.executed]), [['20502', '401404.55']]);
  });
});

describe('execution.lines', () => {
  it('lists an agency’s lines with their adjustments and the payments drawn on them, and the payments naming no line of its own', async () => {
    const lines = await staff.execution.lines({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01' });
    assert.equal(lines.agencyName, '临江市教育局');
    assert.deepEqual(
      lines.lines.map((l) => [l.lineId, l.budget, l.executed, l.executionRate, l.payments]),
      [
        // V10 is drawn on L2, the adjustment of L1: it counts toward L1.
        ['L1', '800000.00', '400099.99', '0.500125', 3],
        ['L4', '300000.00', '30000.00', '0.100000', 1],
      ],
    );
    // V6 and V99 name no line; V11 names C02's line L6.
    assert.deepEqual(lines.unattributed, { executed: '1304.56', payments: 3 });
    // No classification is loaded in this database: the codes come without names.
    const l1 = lines.lines[0]!;
    assert.deepEqual([l1.funcCode, l1.funcName, l1.funcNameEn, l1.econName, l1.econNameEn], ['2050201', null, null, null, null]);
  });

  it('answers NOT_FOUND for an agency outside the region', async () => {
    await assert.rejects(staff.execution.lines({ regionCode: '390102', fiscalYear: 2026, agencyCode: 'C01' }), (e: TRPCError) => e.code === 'NOT_FOUND');
  });
});

describe('execution.payments', () => {
  it('pages, sorts and totals an agency’s payments', async () => {
    const page = await staff.execution.payments({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01', sort: 'amount', direction: 'asc', pageSize: 2 });
    assert.deepEqual([page.total, page.totalAmount], [7, '431404.55']);
    assert.deepEqual(page.rows.map((r) => [r.voucherNo, r.amount]), [['V2', '-0.01'], ['V99', '20.00']]);
    const last = await staff.execution.payments({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01', sort: 'amount', direction: 'asc', pageSize: 2, page: 4 });
    assert.deepEqual(last.rows.map((r) => r.voucherNo), ['V1']);
  });

  it('gives the same pages past the keys it keeps in memory', async () => {
    const cache = createDataVersionCache(database.pool);
    for (const sort of ['amount', 'payDate', 'payeeName'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const input = { regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01', sort, direction, pageSize: 2 };
        const pages = async (cap?: number) => {
          const seen: string[][] = [];
          for (let page = 1; page <= 4; page++) {
            const result = await searchPayments(database.pool, { ...input, page }, true, cache, cap);
            assert.deepEqual([result.total, result.totalAmount], [7, '431404.55']);
            seen.push(result.rows.map((r) => `${r.voucherNo}:${r.amount}:${r.payeeName}`));
          }
          return seen;
        };
        // Three keys kept: page 1 is read from them, pages 2 to 4 from the database.
        assert.deepEqual(await pages(3), await pages(), `${sort} ${direction}`);
      }
    }
  });

  it('filters by line, no line, dates, amount range, codes and payee', async () => {
    const scope = { regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01' };
    const vouchers = async (filters: object) => (await staff.execution.payments({ ...scope, ...filters })).rows.map((r) => r.voucherNo).sort();
    // A line's payments include those on its adjustment rows; '' lists what execution.lines counts as unattributed.
    assert.deepEqual(await vouchers({ lineId: 'L1' }), ['V1', 'V10', 'V2']);
    assert.deepEqual(await vouchers({ lineId: '' }), ['V11', 'V6', 'V99']);
    assert.deepEqual(await vouchers({ from: '2026-04-01', to: '2026-06-15' }), ['V2', 'V6']);
    assert.deepEqual(await vouchers({ minAmount: '1234.56', maxAmount: '30000.00' }), ['V4', 'V6']);
    assert.deepEqual(await vouchers({ econCode: '310' }), ['V4']);
    assert.deepEqual(await vouchers({ funcCode: '20502' }), ['V1', 'V10', 'V11', 'V2', 'V6', 'V99']);
    assert.deepEqual(await vouchers({ payee: '甲' }), ['V1', 'V2']);
    // LIKE wildcards in the search are taken literally.
    assert.deepEqual(await vouchers({ payee: '%' }), []);
  });

  it('masks individual payees for auditors and does not let them search individuals by name', async () => {
    const scope = { regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01', lineId: '' };
    const payee = async (caller: typeof staff, voucher: string) =>
      (await caller.execution.payments(scope)).rows.find((r) => r.voucherNo === voucher)!.payeeName;
    assert.deepEqual([await payee(staff, 'V6'), await payee(staff, 'V99'), await payee(staff, 'V11')], ['王小明', '王大', '己公司']);
    assert.deepEqual([await payee(auditor, 'V6'), await payee(auditor, 'V99'), await payee(auditor, 'V11')], ['王*明', '王*', '己公司']);
    // Sorted by payee, masked names sort by what the auditor sees (王), not by the hidden characters.
    const byPayee = async (caller: typeof staff) =>
      (await caller.execution.payments({ ...scope, sort: 'payeeName', direction: 'asc' })).rows.map((r) => r.voucherNo);
    assert.deepEqual(await byPayee(staff), ['V11', 'V99', 'V6']);
    assert.deepEqual(await byPayee(auditor), ['V11', 'V6', 'V99']);
    assert.equal((await auditor.execution.payments({ ...scope, payee: '王小明' })).total, 0);
    assert.equal((await auditor.execution.payments({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01', payee: '甲公司' })).total, 2);
  });

  it('refuses bad input', async () => {
    const scope = { regionCode: '390100', fiscalYear: 2026, agencyCode: 'C01' };
    for (const bad of [{ pageSize: 101 }, { from: '2026-05-01', to: '2026-04-01' }, { minAmount: '1e5' }, { minAmount: '100.01', maxAmount: '100' }, { payee: 'a\u0000b' }, { sort: 'purpose' }, { agencyCode: "C01' OR '1'='1" }]) {
      await assert.rejects(staff.execution.payments({ ...scope, ...bad } as never), (e: TRPCError) => e.code === 'BAD_REQUEST', JSON.stringify(bad));
    }
  });
});

describe('payment_summary kept by the ingest pipeline', () => {
  it('matches a rebuild from the payments after new, changed and moved payments', async () => {
    // New payments (fast path), then a reload that changes an amount, moves a payment to another
    // agency and month, and adds one (staging path).
    await load('payments', `${PAYMENT_HEADER}\nV8,2026-07-01,390100,GPB,C02,2100101,30201,L6,丁医院,unit,direct,transfer,500.00,药品`);
    await load(
      'payments',
      `${PAYMENT_HEADER}
V1,2026-03-02,390100,GPB,C01,2050201,30201,L1,甲公司,unit,direct,transfer,410000.00,办公
V4,2026-08-30,390100,GFB,C02,2120801,31005,,丙公司,unit,direct,transfer,30000.00,工程
V9,2026-09-01,390102001,GPB,D01,2010101,30101,L3,乙公司,unit,direct,transfer,1.00,设备`,
    );
    const kept = await summaryRows();
    assert.ok(kept.some((r) => r.startsWith('agency|(2026,9,390102001,D01,GPB,1.00,1,2026-09-01,0,0,0,0,0,0,0,0,0)')), kept.join('\n'));
    const client = await database.pool.connect();
    try {
      await rebuildPaymentSummary(client);
    } finally {
      client.release();
    }
    assert.deepEqual(kept, await summaryRows());
    const ranking = await staff.execution.agencies({ regionCode: '390100', fiscalYear: 2026 });
    const c01 = ranking.agencies.find((a) => a.agencyCode === 'C01')!;
    assert.deepEqual([c01.executed, c01.payments], ['411404.55', 6]);
    const c02 = ranking.agencies.find((a) => a.agencyCode === 'C02')!;
    assert.deepEqual([c02.executed, c02.payments], ['120500.00', 3]);
  });
});

describe('execution.payments of an agency paying in more than one region', () => {
  it('lists the payments of every region of the subtree where the agency paid, and those of the district alone for the district', async () => {
    await load('payments', `${PAYMENT_HEADER}\nV20,2026-07-02,390102,GPB,C02,2100101,30201,L6,庚医院,unit,direct,transfer,7.00,药品`);
    const city = await staff.execution.payments({ regionCode: '390100', fiscalYear: 2026, agencyCode: 'C02', sort: 'payDate', direction: 'desc' });
    assert.deepEqual(city.rows.map((r) => r.voucherNo), ['V4', 'V20', 'V8', 'V7']);
    assert.deepEqual([city.total, city.totalAmount], [4, '120507.00']);
    const district = await districtStaff.execution.payments({ regionCode: '390102', fiscalYear: 2026, agencyCode: 'C02' });
    assert.deepEqual([district.rows.map((r) => r.voucherNo), district.total, district.totalAmount], [['V20'], 1, '7.00']);
  });
});
