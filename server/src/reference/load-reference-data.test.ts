import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { REFERENCE_DATA_DIR } from './classifications';
import { loadReferenceData } from './load-reference-data';

const logger = createLogger('silent');
let database: TestDatabase;
let dir: string;

const countCodes = async (table: string, year: number) =>
  Number((await database.pool.query(`SELECT count(*) AS n FROM ${table} WHERE fiscal_year = $1`, [year])).rows[0].n);

describe('loadReferenceData', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-reference-'));
    await cp(path.join(REFERENCE_DATA_DIR, '2026'), path.join(dir, '2026'), { recursive: true });
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads every shipped year with the provenance and hash of each file', async () => {
    await loadReferenceData(database.pool, logger);
    for (const year of [2025, 2026]) {
      assert.equal(await countCodes('func_codes', year), 486);
      assert.equal(await countCodes('econ_codes', year), 108);
      assert.equal(await countCodes('rev_codes', year), 47);
    }
    const education = await database.pool.query(
      `SELECT f.name_zh, f.level, s.title, s.file_name, length(s.sha256) AS hash_length
       FROM func_codes f JOIN reference_sources s ON s.id = f.source_id WHERE f.fiscal_year = 2026 AND f.code = '205'`,
    );
    assert.equal(education.rows[0].name_zh, '教育支出');
    assert.equal(education.rows[0].level, 1);
    assert.equal(education.rows[0].file_name, 'server/src/reference/data/2026/func-codes.csv');
    assert.equal(education.rows[0].hash_length, 64);
    assert.ok(education.rows[0].title.length > 0);
  });

  it('skips files already loaded with the same hash', async () => {
    const before = Number((await database.pool.query('SELECT count(*) AS n FROM reference_sources')).rows[0].n);
    await loadReferenceData(database.pool, logger);
    const afterCount = Number((await database.pool.query('SELECT count(*) AS n FROM reference_sources')).rows[0].n);
    assert.equal(afterCount, before);
  });

  it('replaces a year when its file changes, and keeps the old codes when the new file is invalid', async () => {
    const file = path.join(dir, '2026/econ-codes.csv');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original.trimEnd()}\n398,测试类,Test class,1,\n39801,测试款,Test item,2,398\n`);
    await loadReferenceData(database.pool, logger, dir);
    assert.equal(await countCodes('econ_codes', 2026), 110);

    await writeFile(file, `${original.trimEnd()}\n39702,孤儿款,Orphan item,2,397\n`);
    await assert.rejects(loadReferenceData(database.pool, logger, dir), /parent 397 is not in the file/);
    assert.equal(await countCodes('econ_codes', 2026), 110, 'a rejected file changes nothing');
  });
});
