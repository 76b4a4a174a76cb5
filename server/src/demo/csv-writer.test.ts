import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CsvFileWriter, csvLine } from './csv-writer';

describe('csvLine', () => {
  it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
    assert.equal(csvLine(['a', '临江市', '']), 'a,临江市,\n');
    assert.equal(csvLine(['1,234.50', 'say "hi"', 'two\nlines']), '"1,234.50","say ""hi""","two\nlines"\n');
  });
});

describe('CsvFileWriter', () => {
  it('writes a header and rows that a CSV parser reads back unchanged, across flushes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csv-writer-'));
    try {
      const writer = new CsvFileWriter(path.join(dir, 'nested', 'out.csv'), ['id', 'text']);
      const rows = Array.from({ length: 30_000 }, (_, i) => [
        String(i),
        i % 7 === 0 ? `拨付"项目",第${i}期` : `第${i}行`,
      ]);
      for (const row of rows) writer.row(row);
      await writer.close();
      const parsed = parse(await readFile(writer.filePath, 'utf8'));
      assert.deepEqual(parsed[0], ['id', 'text']);
      assert.deepEqual(parsed.slice(1), rows);
      assert.equal(writer.rows, rows.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
