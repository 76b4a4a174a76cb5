import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { FEEDS } from '../ingest/feeds/feed-registry';
import { compileRowValidator, mapHeader } from '../ingest/row-validator';
import {
  CLASSIFICATION_FILES,
  parseClassification,
  referenceYearDir,
  type ClassificationKind,
} from '../reference/classifications';
import { loadDemoFixture, type DemoFixture } from './demo-fixture';
import { DEMO_FEEDS, FEED_HEADERS } from './feed-headers';
import { AS_OF, generateDemoCity, type DemoManifest } from './generate-demo-city';
import { UNKNOWN_CODE_VOUCHER } from './planted-payments';

async function fileHashes(manifest: DemoManifest): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of manifest.files)
    hashes[file.feed] = createHash('sha256')
      .update(await readFile(file.path))
      .digest('hex');
  return hashes;
}

async function generateInTemp(options: { seed?: number; paymentsPerYear?: number }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'demo-city-'));
  const started = performance.now();
  const manifest = await generateDemoCity({ outDir: dir, ...options });
  return {
    manifest,
    ms: performance.now() - started,
    hashes: await fileHashes(manifest),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function referenceCodes(year: string, kind: ClassificationKind): Map<string, string> {
  const text = readFileSync(path.join(referenceYearDir(Number(year)), CLASSIFICATION_FILES[kind]), 'utf8');
  return new Map(parseClassification(kind, text).map((c) => [c.code, c.nameZh]));
}

describe('generateDemoCity', () => {
  let demo: DemoFixture;
  before(async () => {
    demo = await loadDemoFixture({ paymentsPerYear: 30_000 });
  });
  after(() => demo.remove());

  it('writes one CSV per feed with the exact FEEDS.md keys as header, and counts its rows in the manifest', async () => {
    assert.deepEqual(
      demo.manifest.files.map((f) => f.feed),
      DEMO_FEEDS,
    );
    for (const file of demo.manifest.files) {
      const text = await readFile(file.path, 'utf8');
      assert.equal(text.charCodeAt(0) === 0xfeff, false, 'no BOM');
      assert.equal(text.split('\n', 1)[0], FEED_HEADERS[file.feed].join(','));
      assert.equal(demo.rows[file.feed].length, file.rows, file.feed);
      assert.ok(file.rows > 0, `${file.feed} has rows`);
    }
    assert.equal(demo.manifest.asOf, AS_OF);
    assert.deepEqual(demo.manifest.fiscalYears, [2025, 2026]);
    assert.equal(demo.manifest.cityCode, '390100');
  });

  it('writes rows the ingest pipeline accepts: every row passes its feed descriptor', async () => {
    for (const feed of FEEDS) {
      const file = demo.manifest.files.find((f) => f.feed === feed.name)!;
      const [header, ...records] = parse(await readFile(file.path, 'utf8'));
      const mapped = mapHeader(feed, header!);
      assert.ok('positions' in mapped, `${feed.name} header`);
      const validate = compileRowValidator(feed, mapped.positions);
      const rejected = records.map((record, i) => validate(record, i + 2)).filter((result) => !result.ok);
      assert.deepEqual(rejected.slice(0, 3), [], `${feed.name}: ${rejected.length} rejected rows`);
    }
  });

  it('writes canonical values: 2-decimal amounts, ISO dates, periods, English enums, quoted fields that need it', async () => {
    const money = /^-?\d+\.\d{2}$/;
    for (const p of demo.rows.payments) {
      assert.match(p['amount']!, money);
      assert.match(p['pay_date']!, /^\d{4}-\d{2}-\d{2}$/);
    }
    for (const b of demo.rows.budget_lines) assert.match(b['amount']!, money);
    assert.deepEqual(new Set(demo.rows.payments.map((p) => p['book'])), new Set(['GPB', 'GFB', 'SCB', 'SIF']));
    assert.deepEqual(
      new Set(demo.rows.budget_lines.map((b) => b['line_type'])),
      new Set(['initial', 'adjustment', 'supplement', 'transfer']),
    );
    assert.deepEqual(new Set(demo.rows.payments.map((p) => p['settle_method'])), new Set(['transfer', 'cash', 'card']));
    assert.deepEqual(
      new Set(demo.rows.soe_financials.map((s) => s['period'])),
      new Set(['2024', '2025', '2026-Q1', '2026-Q2', '2026-Q3']),
    );
    for (const d of demo.rows.debt_balances) assert.match(d['period']!, /^\d{4}-(0[1-9]|1[0-2])$/);
    const raw = await readFile(demo.manifest.files.find((f) => f.feed === 'payments')!.path, 'utf8');
    assert.ok(raw.includes('"拨付国有企业""三供一业""'), 'a field with quotes is quoted and its quotes doubled');
    assert.ok(
      demo.rows.payments.some((p) => p['purpose']!.includes('"三供一业"')),
      'and reads back intact',
    );
  });

  it('uses only classification codes of the shipped reference files of its fiscal year, with their names', () => {
    for (const year of ['2025', '2026']) {
      const [func, econ, rev] = (['func', 'econ', 'rev'] as const).map((kind) => referenceCodes(year, kind));
      // The one planted DQ-CODE payment names a code outside the classification on purpose.
      const spending = [
        ...demo.rows.budget_lines.filter((b) => b['fiscal_year'] === year),
        ...demo.rows.payments.filter(
          (p) => p['pay_date']!.startsWith(year) && p['voucher_no'] !== UNKNOWN_CODE_VOUCHER,
        ),
      ];
      for (const row of spending) {
        assert.ok(func!.has(row['func_code']!), `func ${row['func_code']} (${year})`);
        assert.ok(econ!.has(row['econ_code']!), `econ ${row['econ_code']} (${year})`);
      }
      for (const row of demo.rows.revenue.filter((r) => r['fiscal_year'] === year)) {
        assert.equal(rev!.get(row['rev_code']!), row['rev_name'], `rev ${row['rev_code']}`);
      }
    }
  });

  it('builds the fictional 江南省临江市 under the unassigned prefix 39: city, districts, counties, a zone, townships', () => {
    const regions = new Map(demo.rows.regions.map((r) => [r['region_code']!, r]));
    assert.deepEqual(regions.get('390000'), {
      region_code: '390000',
      region_name: '江南省',
      parent_code: '',
      level: 'province',
    });
    assert.equal(regions.get('390100')!['level'], 'city');
    assert.equal(regions.get('390171')!['level'], 'zone');
    const levels = demo.rows.regions.map((r) => r['level']);
    assert.ok(levels.filter((l) => l === 'county').length >= 6);
    assert.ok(levels.filter((l) => l === 'township').length >= 2);
    for (const region of demo.rows.regions) {
      assert.ok(region['region_code']!.startsWith('39'));
      if (region['parent_code']) assert.ok(regions.has(region['parent_code']), `parent of ${region['region_code']}`);
      if (region['level'] === 'township') assert.match(region['region_code']!, /^\d{9}$/);
    }
  });

  it('has about 300 agencies: departments without a parent, units under a department of the same region', () => {
    const agencies = new Map(demo.rows.agencies.map((a) => [a['agency_code']!, a]));
    assert.ok(agencies.size >= 280 && agencies.size <= 330, `${agencies.size} agencies`);
    assert.equal(agencies.size, demo.rows.agencies.length, 'codes are unique');
    for (const agency of agencies.values()) {
      assert.ok(agency['agency_code']!.startsWith(agency['region_code']!), 'code starts with its region');
      const parent = agency['parent_code'] ? agencies.get(agency['parent_code']) : undefined;
      if (agency['parent_code']) {
        assert.equal(parent?.['parent_code'], '', `${agency['agency_code']} hangs under a department`);
        assert.equal(parent['region_code'], agency['region_code']);
      }
    }
    for (const name of ['临江市教育局', '临江市卫生健康委员会', '临江市公安局', '临江市财政局', '江城区人民医院']) {
      assert.ok(
        demo.rows.agencies.some((a) => a['agency_name'] === name),
        name,
      );
    }
  });
});

describe('generateDemoCity determinism and speed', () => {
  it('gives byte-identical files for the same seed and different payments for another seed', async () => {
    const [a, b, c] = await Promise.all([
      generateInTemp({ seed: 7, paymentsPerYear: 20_000 }),
      generateInTemp({ seed: 7, paymentsPerYear: 20_000 }),
      generateInTemp({ seed: 8, paymentsPerYear: 20_000 }),
    ]);
    try {
      assert.deepEqual(a.hashes, b.hashes);
      assert.notEqual(a.hashes['payments'], c.hashes['payments']);
      assert.equal(a.hashes['regions'], c.hashes['regions'], 'the region tree does not depend on the seed');
    } finally {
      await Promise.all([a.remove(), b.remove(), c.remove()]);
    }
  });

  // Its duration is printed, never asserted: timings belong to benchmarks, not tests.
  it('generates the default city (~150,000 payments a year), the same bytes every time', async () => {
    const first = await generateInTemp({});
    const second = await generateInTemp({});
    try {
      const payments = first.manifest.files.find((f) => f.feed === 'payments')!.rows;
      console.log(
        `default demo city: ${Math.round(first.ms)} ms / ${Math.round(second.ms)} ms,`,
        first.manifest.files.map((f) => `${f.feed} ${f.rows}`).join(', '),
      );
      assert.ok(payments > 250_000 && payments < 320_000, `${payments} payments in 2025 and 2026 to the as-of date`);
      assert.deepEqual(first.hashes, second.hashes);
    } finally {
      await Promise.all([first.remove(), second.remove()]);
    }
  });
});
