import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import { detached } from './parse-values';
import { compileRowValidator, mapHeader, type RowError } from './row-validator';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap growth (MiB) that survives a full collection while `keep` is held. */
function retainedMiB(build: () => unknown[]): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const keep = build();
  collectGarbage();
  const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  assert.ok(keep.length > 0);
  return grown;
}

/** 200 records, each cut from a chunk of its own of ~1 MiB, as a reader cuts a file. */
function recordsCutFromChunks(cell: (i: number) => string): string[][] {
  return Array.from({ length: 200 }, (_, i) => {
    const chunk = `${cell(i)},Linjiang,,city\n` + 'x'.repeat(2 ** 20);
    return chunk.split('\n')[0]!.split(',');
  });
}

describe('mapHeader', () => {
  it('matches English keys and Chinese headers, ignoring case and spaces', () => {
    const mapped = mapHeader(regionsFeed, ['级次', ' Region_Code ', '行政区划名称', 'extra']);
    assert.deepEqual(mapped, { positions: [1, 2, -1, 0] });
  });
  it('names every missing required column in both languages', () => {
    const mapped = mapHeader(paymentsFeed, ['voucher_no']);
    assert.ok('errors' in mapped);
    assert.ok(mapped.errors.some((e) => e.en.includes('pay_date') && e.zh.includes('支付日期')));
  });
  it('rejects a column given twice', () => {
    const mapped = mapHeader(regionsFeed, ['region_code', '行政区划代码', 'region_name', 'level']);
    assert.ok('errors' in mapped && mapped.errors[0]!.en.includes('more than once'));
  });
});

describe('compileRowValidator', () => {
  const header = ['region_code', 'region_name', 'parent_code', 'level'];
  const validate = compileRowValidator(regionsFeed, (mapHeader(regionsFeed, header) as { positions: number[] }).positions);

  it('returns canonical values, null for empty optional cells', () => {
    assert.deepEqual(validate(['390100', ' 临江市 ', '', '市'], 2), { ok: true, values: ['390100', '临江市', null, 'city'] });
  });
  it('reports each bad cell with row, column, value and bilingual reason', () => {
    const result = validate(['39010', '', '390000', 'planet'], 7);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors.map((e) => [e.rowNumber, e.column, e.value]), [
      [7, 'region_code', '39010'],
      [7, 'region_name', ''],
      [7, 'level', 'planet'],
    ]);
    assert.ok(result.errors.every((e) => e.reason.zh.length > 0 && e.reason.en.length > 0));
  });
  it('keeps no reference to the chunk a bad cell was cut from, so errors do not hold the file', () => {
    const errors = () =>
      recordsCutFromChunks((i) => `not-a-region-code-${i}`).flatMap((record, i) => {
        const result = validate(record, i + 2);
        return result.ok ? [] : result.errors;
      });
    let kept: RowError[] = [];
    // 200 chunks of 1 MiB: held through their cells, they would be ~200 MiB.
    assert.ok(retainedMiB(() => (kept = errors())) < 20);
    assert.equal(kept.length, 200);
    assert.equal(kept[5]!.value, 'not-a-region-code-5');
    // The same cells kept as cut: the measure sees the chunks they hold.
    assert.ok(retainedMiB(() => recordsCutFromChunks((i) => `not-a-region-code-${i}`).map((record) => record[0])) > 150);
    assert.ok(retainedMiB(() => recordsCutFromChunks((i) => `not-a-region-code-${i}`).map((record) => detached(record[0]!))) < 20);
  });
  it('rejects control characters and over-long text', () => {
    const result = validate(['390100', 'a\u0000b', '', 'city'], 3);
    assert.ok(!result.ok && result.errors[0]!.reason.en.includes('control'));
    const long = validate(['390100', 'x'.repeat(101), '', 'city'], 4);
    assert.ok(!long.ok && long.errors[0]!.reason.en.includes('longer than 100'));
  });
});
