import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import { estimateRows, ingestFile } from './ingest-file';
import { ensurePaymentPartitions, partitionedYears, tidyPaymentPartitions } from './payment-partitions';

let database: TestDatabase;
let dir: string;
let files = 0;

const HEADER = 'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount';
const row = (voucher: string, date: string, amount = '100.00') =>
  `${voucher},${date},390100,GPB,001,2050201,30201,临江文具公司,unit,direct,transfer,${amount}`;

async function load(rows: string[], mode: 'strict' | 'quarantine' = 'strict') {
  const file = path.join(dir, `payments-${++files}.csv`);
  await writeFile(file, `${HEADER}\n${rows.join('\n')}\n`);
  return ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli', mode });
}

/** Every stored payment with the partition holding it, and the registry's date for it. */
type Stored = { voucher_no: string; pay_date: string; part: string; registered: string | null };
async function stored(): Promise<Stored[]> {
  const result = await database.pool.query<Stored>(
    `SELECT p.voucher_no, p.pay_date::text, p.tableoid::regclass::text AS part, k.pay_date::text AS registered
     FROM payments p LEFT JOIN payment_keys k USING (voucher_no) ORDER BY p.voucher_no, p.pay_date`,
  );
  return result.rows;
}

const yearly = (n: number, year: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => row(`${prefix}${String(i).padStart(6, '0')}`, `${year}-03-${String((i % 28) + 1).padStart(2, '0')}`));

describe('payments partitioned by year', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-partitions-'));
    const regions = path.join(dir, 'regions.csv');
    await writeFile(regions, 'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n');
    await ingestFile(database.pool, { feed: regionsFeed, filePath: regions, source: 'cli' });
  });
  beforeEach(async () => {
    await database.pool.query('TRUNCATE payments, payment_keys, payment_summary, payment_agency_month, change_log');
    for (const year of await partitionedYears(database.pool)) await database.pool.query(`DROP TABLE payments_${year}`);
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a first load in one partition per year and registers every voucher with its date', async () => {
    const result = await load([row('A', '2025-12-31'), row('B', '2026-01-01'), row('C', '2026-06-30')]);
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    assert.equal(result.rowsInserted, 3);
    assert.deepEqual(await stored(), [
      { voucher_no: 'A', pay_date: '2025-12-31', part: 'payments_2025', registered: '2025-12-31' },
      { voucher_no: 'B', pay_date: '2026-01-01', part: 'payments_2026', registered: '2026-01-01' },
      { voucher_no: 'C', pay_date: '2026-06-30', part: 'payments_2026', registered: '2026-06-30' },
    ]);
    // The registry's key was built by sort into the empty table and is back in place.
    const key = await database.pool.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'payment_keys'::regclass AND contype = 'p'`);
    assert.deepEqual(key.rows, [{ conname: 'payment_keys_pkey' }]);
  });

  it('moves a voucher re-sent with a date in another year, logs the old date and recounts both years', async () => {
    await load([row('A', '2025-12-31', '100.00'), row('B', '2025-06-01', '5.00')]);
    const result = await load([row('A', '2026-01-02', '100.00'), row('B', '2025-06-01', '5.00')]);
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    assert.deepEqual([result.rowsInserted, result.rowsUpdated, result.rowsUnchanged], [0, 1, 1]);
    assert.deepEqual(await stored(), [
      { voucher_no: 'A', pay_date: '2026-01-02', part: 'payments_2026', registered: '2026-01-02' },
      { voucher_no: 'B', pay_date: '2025-06-01', part: 'payments_2025', registered: '2025-06-01' },
    ]);
    const log = await database.pool.query(`SELECT natural_key, old_values->>'pay_date' AS old, new_values->>'pay_date' AS new FROM change_log`);
    assert.deepEqual(log.rows, [{ natural_key: 'A', old: '2025-12-31', new: '2026-01-02' }]);
    const sums = await database.pool.query(`SELECT fiscal_year, sum(amount)::text AS amount, sum(payments)::int AS n FROM payment_summary GROUP BY 1 ORDER BY 1`);
    assert.deepEqual(sums.rows, [
      { fiscal_year: 2025, amount: '5.00', n: 1 },
      { fiscal_year: 2026, amount: '100.00', n: 1 },
    ]);
  });

  it('sends a file to staging when a voucher stored under another year comes after the first rows', async () => {
    await load([row('OLD', '2025-05-05', '7.00')]);
    // More than the first chunk (about 1 MiB) of new vouchers, so the early probe cannot see OLD.
    const fresh = yearly(20000, 2026, 'N');
    const result = await load([...fresh, row('OLD', '2026-05-05', '8.00')]);
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    assert.deepEqual([result.rowsInserted, result.rowsUpdated], [20000, 1]);
    const old = await database.pool.query(`SELECT pay_date::text, amount::text, tableoid::regclass::text AS part FROM payments WHERE voucher_no = 'OLD'`);
    assert.deepEqual(old.rows, [{ pay_date: '2026-05-05', amount: '8.00', part: 'payments_2026' }]);
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payment_keys')).rows[0].count), 20001);
  });

  it('refuses one voucher given twice under two years, storing nothing', async () => {
    const result = await load([row('A', '2025-01-02'), row('B', '2025-01-03'), row('A', '2026-01-02')]);
    assert.equal(result.status, 'failed');
    assert.equal(result.rowErrors[0]?.rowNumber, 4);
    assert.match(result.rowErrors[0]?.reason.en ?? '', /same natural key as row 2/);
    assert.deepEqual(await stored(), []);
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payment_keys')).rows[0].count), 0);
  });

  it('gives a year first met after the first rows its own partition once the load is stored', async () => {
    const result = await load([...yearly(20000, 2026, 'N'), row('LATE', '2028-02-29')]);
    assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payments_default')).rows[0].count), 0);
    assert.deepEqual([...(await partitionedYears(database.pool))].sort(), [2026, 2028]);
    const late = await database.pool.query(`SELECT tableoid::regclass::text AS part FROM payments WHERE voucher_no = 'LATE'`);
    assert.deepEqual(late.rows, [{ part: 'payments_2028' }]);
  });

  it('stores no payment of a refused load; a partition made before its COPY stays, empty', async () => {
    const result = await load([row('X', '2031-01-02'), row('Y', '2031-02-30')]);
    assert.equal(result.status, 'failed');
    assert.deepEqual([...(await partitionedYears(database.pool))], [2031]);
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payments')).rows[0].count), 0);
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payment_keys')).rows[0].count), 0);
  });

  it('makes a new year\'s partition in a transaction of its own: payments stay readable while the load runs', async () => {
    await load([row('A', '2026-01-02')]);
    // The load is held after its COPY, inside its transaction, by a lock on the sums it writes next.
    const locker = await database.pool.connect();
    const reader = await database.pool.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE payment_summary IN EXCLUSIVE MODE');
      const loading = load([row('B', '2032-01-02')]);
      for (let waited = 0; ; waited += 50) {
        const waiting = await reader.query(`SELECT 1 FROM pg_locks WHERE relation = 'payment_summary'::regclass AND NOT granted`);
        if (waiting.rowCount) break;
        assert.ok(waited < 10_000, 'the load never reached the sums');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // A dashboard read of payments meanwhile: answered at once (had the partition been made in the
      // load's transaction, payments would be locked exclusively until its commit).
      await reader.query(`SET statement_timeout = '5s'`);
      const seen = await reader.query('SELECT voucher_no FROM payments');
      assert.deepEqual(seen.rows, [{ voucher_no: 'A' }]);
      await locker.query('COMMIT');
      const result = await loading;
      assert.equal(result.status, 'succeeded', JSON.stringify(result.fileErrors));
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      locker.release();
      reader.release();
    }
    assert.deepEqual([...(await partitionedYears(database.pool))].sort(), [2026, 2032]);
  });

  it('analyses payments after a load that changed a tenth of them or more, not after a smaller one', async () => {
    const rowsEstimated = async () => (await estimateRows(database.pool, 'payments')).rows;
    await load(yearly(100, 2026, 'A'));
    assert.equal(await rowsEstimated(), 100, 'a first load (partitions never analysed) is analysed');
    await load(yearly(9, 2026, 'B'));
    assert.equal(await rowsEstimated(), 100, '9 new rows of 100 (just under a tenth): no ANALYZE');
    await load(yearly(10, 2026, 'C'));
    assert.equal(await rowsEstimated(), 119, '10 of 100 (a tenth): analysed');
    await load(yearly(12, 2026, 'D'));
    assert.equal(await rowsEstimated(), 131, '12 of 119 (just over a tenth): analysed');
  });

  it('moves rows waiting in DEFAULT into a partition of their year (start-up, or before a load of that year)', async () => {
    const insert = (voucher: string, date: string) =>
      database.pool.query(
        `INSERT INTO payments (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, payee_name, payee_type, pay_method, settle_method, amount)
         VALUES ($1, $2, '390100', 'GPB', '001', '2050201', '30201', '甲', 'unit', 'direct', 'transfer', 1)`,
        [voucher, date],
      );
    await insert('D1', '2030-01-01');
    await insert('D2', '2030-12-31');
    await insert('D3', '2032-07-01');
    assert.deepEqual(await tidyPaymentPartitions(database.pool), [2030, 2032]);
    const parts = await database.pool.query<{ part: string }>(`SELECT voucher_no, tableoid::regclass::text AS part FROM payments ORDER BY 1`);
    assert.deepEqual(parts.rows.map((r) => r.part), ['payments_2030', 'payments_2030', 'payments_2032']);
    // Emptied, DEFAULT is truncated: no dead rows for every unpruned query to read.
    const size = await database.pool.query(`SELECT pg_relation_size('payments_default')::int AS bytes`);
    assert.equal(size.rows[0].bytes, 0);
    // Indexes come with the attached partition.
    const indexes = await database.pool.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'payments_2030'`);
    assert.equal(indexes.rows[0].n, 4);

    await insert('D4', '2033-03-03');
    const client = await database.pool.connect();
    try {
      assert.deepEqual(await ensurePaymentPartitions(client, [2033, 2034, 2030]), [2033, 2034]);
    } finally {
      client.release();
    }
    const d4 = await database.pool.query(`SELECT tableoid::regclass::text AS part FROM payments WHERE voucher_no = 'D4'`);
    assert.deepEqual(d4.rows, [{ part: 'payments_2033' }]);
    assert.equal(Number((await database.pool.query('SELECT count(*) FROM payments_default')).rows[0].count), 0);
  });
});
