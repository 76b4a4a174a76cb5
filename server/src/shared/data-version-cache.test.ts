import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createDataVersionCache } from './data-version-cache';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());
beforeEach(() => database.pool.query('TRUNCATE ingest_batches CASCADE'));

/** A batch as a load leaves it: its status set in the load's transaction, finished_at once the commit has returned. */
async function batch(status: 'succeeded' | 'failed', finished = true): Promise<string> {
  const inserted = await database.pool.query<{ id: string }>(
    `INSERT INTO ingest_batches (feed, source, mode, file_name, file_sha256, file_bytes, format, encoding, status, finished_at)
     VALUES ('payments', 'cli', 'strict', 'a.csv', repeat('0', 64), 1, 'csv', 'utf-8', $1, CASE WHEN $2 THEN now() END) RETURNING id::text`,
    [status, finished],
  );
  return inserted.rows[0]!.id;
}

/** A computation that counts its calls and answers with the count. */
function counter() {
  let calls = 0;
  return { compute: () => Promise.resolve(++calls), calls: () => calls };
}

describe('createDataVersionCache', () => {
  it('answers from memory until a load succeeds, and computes again after it', async () => {
    const cache = createDataVersionCache(database.pool);
    const { compute, calls } = counter();
    assert.equal(await cache.get('q', compute), 1);
    assert.equal(await cache.get('q', compute), 1);
    await batch('failed');
    assert.equal(await cache.get('q', compute), 1, 'a failed load changes no data');
    await batch('succeeded');
    assert.equal(await cache.get('q', compute), 2);
    assert.equal(await cache.get('q', compute), 2);
    assert.equal(calls(), 2);
  });

  it('counts a load only once its commit has returned (finished_at set), never while it may be half visible', async () => {
    const cache = createDataVersionCache(database.pool);
    const { compute } = counter();
    assert.equal(await cache.get('q', compute), 1);
    const id = await batch('succeeded', false);
    assert.equal(await cache.get('q', compute), 1, 'committed, bookkeeping not finished: the old version');
    await database.pool.query('UPDATE ingest_batches SET finished_at = now() WHERE id = $1', [id]);
    assert.equal(await cache.get('q', compute), 2);
  });

  it('computes again after a warning line changes, is removed, or another is set', async () => {
    const cache = createDataVersionCache(database.pool);
    const { compute, calls } = counter();
    await database.pool.query(`INSERT INTO rules (code, version, name_zh, name_en, category, default_params)
      VALUES ('X-TEST', 1, '测试', 'test', 'payments', '{}') ON CONFLICT DO NOTHING`);
    await database.pool.query(`INSERT INTO regions (region_code, region_name, level) VALUES ('390100', '临江市', 'city'), ('390102', '城东区', 'county')
      ON CONFLICT DO NOTHING`);
    const answers = [await cache.get('q', compute)];
    await database.pool.query(`INSERT INTO rule_thresholds (rule_code, region_code, params) VALUES ('X-TEST', '390100', '{"a": 1}')`);
    answers.push(await cache.get('q', compute));
    await database.pool.query(`UPDATE rule_thresholds SET params = '{"a": 2}', updated_at = now() + interval '1 second'`);
    answers.push(await cache.get('q', compute), await cache.get('q', compute));
    await database.pool.query(`INSERT INTO rule_thresholds (rule_code, region_code, params) VALUES ('X-TEST', '390102', '{"a": 3}')`);
    await database.pool.query(`DELETE FROM rule_thresholds WHERE region_code = '390100'`);
    answers.push(await cache.get('q', compute));
    // Back to no threshold at all: the same data as the first answer, which is still kept.
    await database.pool.query('DELETE FROM rule_thresholds');
    answers.push(await cache.get('q', compute));
    assert.deepEqual(answers, [1, 2, 3, 3, 4, 1]);
    assert.equal(calls(), 4);
  });

  it('keeps questions apart by key', async () => {
    const cache = createDataVersionCache(database.pool);
    const { compute } = counter();
    assert.deepEqual([await cache.get('a', compute), await cache.get('b', compute), await cache.get('a', compute)], [1, 2, 1]);
  });

  it('computes once for concurrent identical questions', async () => {
    const cache = createDataVersionCache(database.pool);
    let calls = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 20));
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.get('q', slow)));
    assert.deepEqual(new Set(answers), new Set([1]));
    assert.equal(calls, 1);
  });

  it('does not keep a failure', async () => {
    const cache = createDataVersionCache(database.pool);
    await assert.rejects(cache.get('q', () => Promise.reject(new Error('database down'))), /database down/);
    assert.equal(await cache.get('q', () => Promise.resolve('recovered')), 'recovered');
  });

  it('forgets the least recently used answer beyond its size', async () => {
    const cache = createDataVersionCache(database.pool, 2);
    const { compute, calls } = counter();
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute); // a is now the most recently used
    await cache.get('c', compute); // b goes
    assert.equal(calls(), 3);
    await cache.get('a', compute);
    assert.equal(calls(), 3, 'a was kept');
    await cache.get('b', compute);
    assert.equal(calls(), 4, 'b was computed again');
  });
});
