import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { loadDemoFixture, type DemoFixture, type Row } from '../demo/demo-fixture';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { paymentsFeed } from './feeds/execution.feeds';
import type { ColumnSpec, FeedDescriptor, FeedName } from './feeds/feed-descriptor';
import { FEEDS } from './feeds/feed-registry';
import { ingestFile, type IngestResult } from './ingest-file';
import type { FileFormat, TextEncoding } from './readers/open-record-source';
import { ident } from './staged-upsert.sql';

let database: TestDatabase;
let demo: DemoFixture;
let dir: string;
let samples: Map<FeedName, Row[]>;

const SAMPLE_ROWS = 30;

/** The first rows of a demo feed plus the rows they name, so that every reference of the sample resolves. */
function pickSamples(rows: Record<FeedName, Row[]>): Map<FeedName, Row[]> {
  const unique = (list: Row[], key: (row: Row) => string) => [...new Map(list.map((row) => [key(row), row])).values()];
  const byKey = (feed: FeedName, key: string) => new Map(rows[feed].map((row) => [row[key]!, row]));
  const withAncestors = (list: Row[], all: Map<string, Row>, key: string, parent: string) => {
    const picked = new Map(list.map((row) => [row[key]!, row]));
    const queue = [...picked.values()];
    for (let row = queue.shift(); row; row = queue.shift()) {
      const up = all.get(row[parent] ?? '');
      if (up && !picked.has(up[key]!)) {
        picked.set(up[key]!, up);
        queue.push(up);
      }
    }
    return [...picked.values()];
  };
  const first = (feed: FeedName) => rows[feed].slice(0, SAMPLE_ROWS);
  const firstWhere = (feed: FeedName, test: (row: Row) => boolean) => rows[feed].filter(test).slice(0, 1);

  // Reversals, project codes and quotes inside text are worth carrying through every format.
  const payments = unique(
    [
      ...first('payments'),
      ...firstWhere('payments', (r) => r['amount']!.startsWith('-')),
      ...firstWhere('payments', (r) => r['purpose']!.includes('"')),
      ...firstWhere('payments', (r) => r['project_code'] !== ''),
    ],
    (r) => r['voucher_no']!,
  );
  const lines = byKey('budget_lines', 'line_id');
  const budgetLines = withAncestors(
    unique(
      [
        ...first('budget_lines'),
        ...firstWhere('budget_lines', (r) => r['amount']!.startsWith('-')),
        ...payments.flatMap((p) => (lines.has(p['line_id']!) ? [lines.get(p['line_id']!)!] : [])),
      ],
      (r) => r['line_id']!,
    ),
    lines,
    'line_id',
    'parent_line_id',
  );
  const bondProjects = first('bond_projects');
  const bonds = byKey('bonds', 'bond_code');
  const bondSample = unique(
    [...bondProjects.map((p) => bonds.get(p['bond_code']!)!), ...first('bonds')],
    (r) => r['bond_code']!,
  );
  const agencies = byKey('agencies', 'agency_code');
  const named = [...budgetLines, ...payments, ...bondProjects].map((r) => agencies.get(r['agency_code']!)!);
  const agencySample = withAncestors(
    unique([...first('agencies'), ...named], (r) => r['agency_code']!),
    agencies,
    'agency_code',
    'parent_code',
  );

  const picked = new Map<FeedName, Row[]>();
  for (const feed of FEEDS) picked.set(feed.name, first(feed.name));
  picked.set('regions', rows.regions);
  picked.set('agencies', agencySample);
  picked.set('budget_lines', budgetLines);
  picked.set('payments', payments);
  picked.set('bonds', bondSample);
  return picked;
}

const sampleOf = (feed: FeedDescriptor): Row[] => samples.get(feed.name)!;

const isNumeric = (column: ColumnSpec) => ['money', 'rate', 'int', 'month'].includes(column.type);

/** The value a column must hold after the load, as PostgreSQL prints it (`::text`). */
function stored(column: ColumnSpec, text: string): string | null {
  if (text === '') return null;
  if (column.type === 'rate') {
    const [whole, fraction = ''] = text.split('.');
    return `${whole}.${fraction.padEnd(4, '0')}`;
  }
  return text;
}

async function storedRows(feed: FeedDescriptor): Promise<(string | null)[][]> {
  const columns = feed.columns.map((c) => `${ident(c.key)}::text`).join(', ');
  const result = await database.pool.query<(string | null)[]>({
    text: `SELECT ${columns} FROM ${ident(feed.table)}`,
    rowMode: 'array',
  });
  return sortRows(result.rows);
}

const sortRows = (rows: (string | null)[][]) =>
  rows
    .map((r) => [JSON.stringify(r), r] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);

const expectedRows = (feed: FeedDescriptor) =>
  sortRows(sampleOf(feed).map((row) => feed.columns.map((c) => stored(c, row[c.key] ?? ''))));

/** A Chinese label of an enum code (the first one the contract lists). */
function label(column: ColumnSpec, value: string): string {
  return column.type === 'enum' && value !== '' ? (column.values?.[value]?.[0] ?? value) : value;
}

function delimited(
  feed: FeedDescriptor,
  options: { delimiter: string; newline: string; chineseHeaders?: boolean; chineseLabels?: boolean },
): string {
  const fields = feed.columns.map((c) => (options.chineseHeaders ? c.zh : c.key));
  const data = sampleOf(feed).map((row) =>
    feed.columns.map((c) => (options.chineseLabels ? label(c, row[c.key]!) : row[c.key]!)),
  );
  return Papa.unparse({ fields, data }, { delimiter: options.delimiter, newline: options.newline });
}

/** One record as JSON text, numbers as bare literals in their source form ("16500.00" stays 16500.00). */
function jsonObject(feed: FeedDescriptor, row: Row, omitEmpty: boolean): string {
  const members = feed.columns.flatMap((c) => {
    const value = row[c.key]!;
    if (value === '' && omitEmpty) return [];
    const literal = value === '' ? 'null' : isNumeric(c) ? value : JSON.stringify(value);
    return [`${JSON.stringify(c.key)}: ${literal}`];
  });
  return `{${members.join(', ')}}`;
}

/** A cell as a spreadsheet user would type it: numbers as numbers, dates as dates, codes as text. */
function cell(column: ColumnSpec, value: string): ExcelJS.CellValue {
  if (value === '') return null;
  if (isNumeric(column)) return Number(value);
  if (column.type === 'date') {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, day));
  }
  return value;
}

interface FileFormatCase {
  name: string;
  extension: string;
  detected: { format: FileFormat; encoding: TextEncoding };
  write(feed: FeedDescriptor, filePath: string): Promise<void>;
}

const FORMATS: readonly FileFormatCase[] = [
  {
    name: 'CSV, comma, UTF-8',
    extension: 'csv',
    detected: { format: 'csv', encoding: 'utf-8' },
    write: (feed, file) => writeFile(file, delimited(feed, { delimiter: ',', newline: '\n' })),
  },
  {
    name: 'CSV, semicolon, UTF-8 with BOM, CRLF',
    extension: 'csv',
    detected: { format: 'csv', encoding: 'utf-8' },
    write: (feed, file) => writeFile(file, '\uFEFF' + delimited(feed, { delimiter: ';', newline: '\r\n' })),
  },
  {
    // Chinese headers, as a finance system's GBK export has them (and so no feed's file is plain ASCII).
    name: 'TSV, GB18030, Chinese headers',
    extension: 'tsv',
    detected: { format: 'csv', encoding: 'gb18030' },
    write: (feed, file) =>
      writeFile(
        file,
        iconv.encode(delimited(feed, { delimiter: '\t', newline: '\r\n', chineseHeaders: true }), 'gb18030'),
      ),
  },
  {
    name: 'CSV with Chinese headers and Chinese enum labels',
    extension: 'csv',
    detected: { format: 'csv', encoding: 'utf-8' },
    write: (feed, file) =>
      writeFile(file, delimited(feed, { delimiter: ',', newline: '\n', chineseHeaders: true, chineseLabels: true })),
  },
  {
    name: 'XLSX (typed cells, data on the sheet named like the feed)',
    extension: 'xlsx',
    detected: { format: 'xlsx', encoding: 'utf-8' },
    write: async (feed, file) => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('说明').addRow(['本文件由测试生成']);
      const sheet = book.addWorksheet(feed.nameZh);
      sheet.addRow(feed.columns.map((c) => c.key));
      for (const row of sampleOf(feed)) sheet.addRow(feed.columns.map((c) => cell(c, row[c.key]!)));
      await book.xlsx.writeFile(file);
    },
  },
  {
    name: 'JSON array of objects, null for empty values',
    extension: 'json',
    detected: { format: 'json', encoding: 'utf-8' },
    write: (feed, file) =>
      writeFile(
        file,
        `[\n${sampleOf(feed)
          .map((row) => jsonObject(feed, row, false))
          .join(',\n')}\n]\n`,
      ),
  },
  {
    name: 'NDJSON, empty values left out',
    extension: 'ndjson',
    detected: { format: 'ndjson', encoding: 'utf-8' },
    write: (feed, file) =>
      writeFile(
        file,
        sampleOf(feed)
          .map((row) => jsonObject(feed, row, true) + '\n')
          .join(''),
      ),
  },
];

async function load(feed: FeedDescriptor, format: FileFormatCase): Promise<IngestResult> {
  const file = path.join(dir, `${feed.name}-${FORMATS.indexOf(format)}.${format.extension}`);
  await format.write(feed, file);
  return ingestFile(database.pool, { feed, filePath: file, source: 'cli' });
}

const explain = (feed: FeedDescriptor, result: IngestResult) =>
  `${feed.name}: ${JSON.stringify({ fileErrors: result.fileErrors, rowErrors: result.rowErrors.slice(0, 3), warnings: result.warnings.slice(0, 3) })}`;

const clearFeedTables = () => database.pool.query(`TRUNCATE ${FEEDS.map((f) => ident(f.table)).join(', ')} CASCADE`);

describe('ingestFile: every feed in every format and encoding', () => {
  before(async () => {
    [database, demo, dir] = await Promise.all([
      createTestDatabase(),
      loadDemoFixture({ paymentsPerYear: 1000 }),
      mkdtemp(path.join(os.tmpdir(), 'bw-ingest-formats-')),
    ]);
    samples = pickSamples(demo.rows);
  });
  after(async () => {
    await database.drop();
    await demo.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('samples every feed with a few dozen rows whose references all resolve', () => {
    for (const feed of FEEDS) {
      const size = sampleOf(feed).length;
      assert.ok(size >= Math.min(SAMPLE_ROWS, demo.rows[feed.name].length) && size <= 80, `${feed.name}: ${size} rows`);
    }
    assert.ok(
      sampleOf(paymentsFeed).some((r) => r['amount']!.startsWith('-')),
      'a reversal is in the sample',
    );
  });

  for (const format of FORMATS) {
    it(`loads all 12 feeds from ${format.name}, storing exactly the source values`, async () => {
      await clearFeedTables();
      for (const feed of FEEDS) {
        const result = await load(feed, format);
        assert.equal(result.status, 'succeeded', explain(feed, result));
        assert.deepEqual({ format: result.format, encoding: result.encoding }, format.detected, feed.name);
        assert.deepEqual(
          [result.rowsRead, result.rowsInserted, result.rowsRejected],
          [sampleOf(feed).length, sampleOf(feed).length, 0],
          feed.name,
        );
        assert.deepEqual(result.warnings, [], explain(feed, result));
        assert.deepEqual(await storedRows(feed), expectedRows(feed), feed.name);
      }
    });
  }

  it('adds and changes nothing when the same data comes again in every other format', async () => {
    await clearFeedTables();
    for (const feed of FEEDS) {
      const result = await load(feed, FORMATS[0]!);
      assert.equal(result.rowsInserted, sampleOf(feed).length, explain(feed, result));
    }
    const changesBefore = Number((await database.pool.query('SELECT count(*) AS n FROM change_log')).rows[0].n);
    for (const format of FORMATS.slice(1)) {
      for (const feed of FEEDS) {
        const result = await load(feed, format);
        assert.equal(result.status, 'succeeded', explain(feed, result));
        assert.deepEqual(
          [result.rowsInserted, result.rowsUpdated, result.rowsUnchanged],
          [0, 0, sampleOf(feed).length],
          `${format.name} / ${explain(feed, result)}`,
        );
      }
    }
    assert.equal(Number((await database.pool.query('SELECT count(*) AS n FROM change_log')).rows[0].n), changesBefore);
  });

  it('reads amounts with thousands separators, full-width digits, parentheses and currency signs, and every date form', async () => {
    const header =
      '支付凭证号,支付日期,行政区划代码,预算类型,单位编码,功能分类科目编码,经济分类科目编码,收款人名称,收款人类型,支付方式,结算方式,金额,用途';
    const lines = [
      ['A1', '2026-03-05', '"1,234,567.80"', '1234567.80'],
      ['A2', '2026/3/5', '１２３４．５', '1234.50'],
      ['A3', '20260305', '"(1,000.00)"', '-1000.00'],
      ['A4', '46086', '（５０．２５）', '-50.25'],
      ['A5', '２０２６－０３－０５', '"¥2,000"', '2000.00'],
      ['A6', '2026-03-05', '−0.5', '-0.50'],
      ['A7', '2026-03-05', '" 12 "', '12.00'],
      ['A8', '2026-03-05', '-０', '0.00'],
    ];
    const text = [
      header,
      ...lines.map(
        ([voucher, date, amount]) =>
          `${voucher},${date},390100,一般公共预算,390100101,2013101,30201,甲公司,单位,直接支付,转账,${amount},办公`,
      ),
    ].join('\r\n');
    const file = path.join(dir, 'amount-forms.csv');
    await writeFile(file, iconv.encode(text, 'gb18030'));
    const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
    assert.equal(result.status, 'succeeded', explain(paymentsFeed, result));
    const rows = await database.pool.query(
      `SELECT voucher_no, pay_date::text, amount::text FROM payments WHERE voucher_no LIKE 'A_' ORDER BY voucher_no`,
    );
    assert.deepEqual(
      rows.rows,
      lines.map(([voucher, , , amount]) => ({ voucher_no: voucher, pay_date: '2026-03-05', amount })),
    );
  });
});
