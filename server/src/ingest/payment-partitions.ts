import type pg from 'pg';
import { inTransaction } from '../db/transaction';

/**
 * Upkeep of the yearly partitions of `payments` (migration 20261201150000, docs/scaling.md §3.2).
 * One partition per payment year, named `payments_<year>`, and a DEFAULT partition that catches a
 * row of a year nobody made a partition for. The functions taking a client run in the caller's
 * transaction (a load's); preparePaymentPartitions and tidyPaymentPartitions open a short one of
 * their own.
 *
 * Callers serialise on the payments load lock (`PAYMENTS_LOCK`): two upkeeps at once would both see
 * a year missing and the second CREATE would fail.
 */

/** The advisory lock every writer of payments holds for its transaction (the ingest's feed lock). */
export const PAYMENTS_LOCK = 'ingest:payments';

/** Payment years the feed validation accepts (FEEDS.md dates); a partition name is built from one. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function partitionName(year: number): string {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new Error(`payment year out of range: ${year}`);
  return `payments_${year}`;
}

const bounds = (year: number) => `FROM (make_date(${year}, 1, 1)) TO (make_date(${year + 1}, 1, 1))`;

/** Years that have a partition of their own. */
export async function partitionedYears(client: pg.ClientBase | pg.Pool): Promise<Set<number>> {
  const rows = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'payments'::regclass`,
  );
  const years = rows.rows.map((r) => /^payments_(\d{4})$/.exec(r.name)?.[1]).filter((y): y is string => y !== undefined);
  return new Set(years.map(Number));
}

/**
 * Makes a partition for each given year that has none. Done before a load writes its rows, so they
 * go straight to their year's partition instead of through DEFAULT. A year with rows waiting in
 * DEFAULT is moved out instead (a plain CREATE … PARTITION OF would be refused).
 */
export async function ensurePaymentPartitions(client: pg.ClientBase, years: Iterable<number>): Promise<number[]> {
  const existing = await partitionedYears(client);
  const created: number[] = [];
  for (const year of new Set(years)) {
    if (existing.has(year) || year < FIRST_YEAR || year > LAST_YEAR) continue;
    const waiting = await client.query(
      `SELECT 1 FROM payments_default WHERE pay_date >= make_date($1, 1, 1) AND pay_date < make_date($1 + 1, 1, 1) LIMIT 1`,
      [year],
    );
    if (waiting.rowCount) await moveYearOutOfDefault(client, year);
    else await client.query(`CREATE TABLE ${partitionName(year)} PARTITION OF payments FOR VALUES ${bounds(year)}`);
    created.push(year);
  }
  return created;
}

/**
 * Gives every year found in DEFAULT its own partition: after a load (rows of a year that had none)
 * and at start-up (the migration put every existing payment there). Returns the years moved.
 */
export async function movePaymentsOutOfDefault(client: pg.ClientBase): Promise<number[]> {
  const years = await client.query<{ year: number }>(
    `SELECT DISTINCT extract(year FROM pay_date)::int AS year FROM payments_default ORDER BY 1`,
  );
  const moved = years.rows.map((r) => r.year).filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR);
  for (const year of moved) await moveYearOutOfDefault(client, year);
  return moved;
}

/**
 * A DEFAULT partition emptied by a move keeps its dead rows and index entries until a vacuum, and
 * every query that cannot rule DEFAULT out reads them: emptied, it is truncated in the same
 * transaction instead.
 */
async function truncateDefaultIfEmpty(client: pg.ClientBase): Promise<void> {
  const left = await client.query('SELECT 1 FROM payments_default LIMIT 1');
  if (!left.rowCount) await client.query('TRUNCATE payments_default');
}

/**
 * The rows of one year leave DEFAULT for a new table that is then attached as the year's partition
 * (ATTACH builds its indexes by sort, and checks DEFAULT no longer holds rows of the year).
 */
async function moveYearOutOfDefault(client: pg.ClientBase, year: number): Promise<void> {
  const name = partitionName(year);
  await client.query(`CREATE TABLE ${name} (LIKE payments INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  await client.query(
    `WITH moved AS (DELETE FROM payments_default WHERE pay_date >= make_date($1, 1, 1) AND pay_date < make_date($1 + 1, 1, 1) RETURNING *)
     INSERT INTO ${name} SELECT * FROM moved`,
    [year],
  );
  await client.query(`ALTER TABLE payments ATTACH PARTITION ${name} FOR VALUES ${bounds(year)}`);
  await truncateDefaultIfEmpty(client);
}

/**
 * Before a load writes payments: the partitions of `years` made in a short transaction of their own.
 * Creating a partition locks all of payments (ACCESS EXCLUSIVE); inside the load's transaction that
 * lock would keep every dashboard query on payments waiting until the load commits. Called by the
 * holder of the payments load lock at a point where its own transaction holds no lock on payments
 * (else this would wait on it); the lock timeout turns a mistake into an error, not a hang. A load
 * that fails afterwards leaves the empty partitions, which are harmless.
 */
export async function preparePaymentPartitions(pool: pg.Pool, years: Iterable<number>): Promise<number[]> {
  const wanted = [...new Set(years)].filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR);
  const existing = await partitionedYears(pool);
  if (wanted.every((year) => existing.has(year))) return [];
  return inTransaction(pool, async (client) => {
    await client.query(`SET LOCAL lock_timeout = '30s'`);
    return ensurePaymentPartitions(client, wanted);
  });
}

/** Start-up upkeep: DEFAULT emptied into yearly partitions, under the payments load lock. */
export async function tidyPaymentPartitions(pool: pg.Pool): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [PAYMENTS_LOCK]);
    return movePaymentsOutOfDefault(client);
  });
}
