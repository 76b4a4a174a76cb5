import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { readXlsx } from './xlsx-source';
import {
  BATCH_ROWS,
  checkText,
  detectDelimiter,
  detectEncoding,
  detectFormat,
  FileFormatError,
  openRecordSource,
  type RecordSource,
} from './open-record-source';

let dir: string;

async function fixture(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Writes lines through a stream, for files of several MiB. */
async function bigFixture(name: string, lines: Iterable<string>): Promise<string> {
  const file = path.join(dir, name);
  const out = createWriteStream(file);
  for (const line of lines) {
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return file;
}

function* range(count: number): Generator<number> {
  for (let i = 0; i < count; i++) yield i;
}

async function workbook(name: string, sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

interface ReadBack {
  source: RecordSource;
  batches: string[][][];
  records: string[][];
}

async function readAll(filePath: string, options: Parameters<typeof openRecordSource>[1] = {}): Promise<ReadBack> {
  const source = await openRecordSource(filePath, options);
  const batches: string[][][] = [];
  for await (const batch of source.batches) batches.push(batch);
  return { source, batches, records: batches.flat() };
}

/** Opening and reading the whole file must fail with a FileFormatError that a user can read. */
async function formatError(
  filePath: string,
  options: Parameters<typeof openRecordSource>[1] = {},
): Promise<FileFormatError> {
  let caught: unknown;
  try {
    await readAll(filePath, options);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof FileFormatError, `expected a FileFormatError, got ${String(caught)}`);
  assertBilingual(caught.reason);
  return caught;
}

function assertBilingual(reason: { zh: string; en: string }): void {
  assert.match(reason.zh, /[\u4e00-\u9fff]/, `zh reason has Chinese text: ${reason.zh}`);
  assert.match(reason.en, /^[\x20-\x7e…{}[\]“”]+$/u, `en reason is plain English: ${reason.en}`);
  for (const text of [reason.zh, reason.en]) {
    assert.doesNotMatch(text, /\n\s+at |node_modules|\.js:\d+/, `no stack trace in a user-facing reason: ${text}`);
  }
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bw-readers-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('detectFormat', () => {
  it('takes magic bytes over the extension: a zip is xlsx even when named .csv', () => {
    assert.equal(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]), 'export.csv'), 'xlsx');
  });
  it('uses the extension for text files, then the first non-blank character', () => {
    assert.equal(detectFormat(Buffer.from('[{"a":1}]'), 'x.csv'), 'csv');
    assert.equal(detectFormat(Buffer.from('a,b'), 'x.json'), 'json');
    assert.equal(detectFormat(Buffer.from('{"a":1}'), 'x.jsonl'), 'ndjson');
    assert.equal(detectFormat(Buffer.from('\uFEFF  [{"a":1}]'), 'upload'), 'json');
    assert.equal(detectFormat(Buffer.from('\n{"a":1}\n'), 'upload'), 'ndjson');
    assert.equal(detectFormat(Buffer.from('a\tb'), 'upload'), 'csv');
  });
});

describe('detectEncoding', () => {
  it('reads a BOM or valid UTF-8 as UTF-8, anything else as GB18030', () => {
    assert.equal(detectEncoding(Buffer.from('\uFEFF单位', 'utf8')), 'utf-8');
    assert.equal(detectEncoding(Buffer.from('单位编码,单位名称', 'utf8')), 'utf-8');
    assert.equal(detectEncoding(Buffer.from('plain ascii')), 'utf-8');
    assert.equal(detectEncoding(iconv.encode('单位编码,单位名称', 'gb18030')), 'gb18030');
  });
  it('does not take the GBK bytes of 联通 for UTF-8 (the classic Notepad misdetection)', () => {
    assert.equal(detectEncoding(iconv.encode('联通', 'gbk')), 'gb18030');
  });
  it('keeps UTF-8 when the sniffed block ends in the middle of a character', () => {
    const whole = Buffer.from('abcd临江', 'utf8');
    assert.equal(detectEncoding(whole.subarray(0, whole.length - 1)), 'utf-8');
    assert.equal(detectEncoding(whole.subarray(0, whole.length - 2)), 'utf-8');
  });
});

describe('checkText', () => {
  it('accepts GB18030 text even when the sniffed block ends inside a character', () => {
    const text = iconv.encode('单位名称,临江市𠮷', 'gb18030');
    assert.doesNotThrow(() => checkText(text, 'gb18030'));
    assert.doesNotThrow(() => checkText(text.subarray(0, text.length - 1), 'gb18030'));
    assert.doesNotThrow(() => checkText(text.subarray(0, text.length - 3), 'gb18030'));
  });
  it('refuses a byte that GB18030 does not define, a NUL byte and a UTF-16 byte-order mark', () => {
    assert.throws(() => checkText(Buffer.from([0x41, 0xff, 0x42]), 'gb18030'), FileFormatError);
    assert.throws(() => checkText(Buffer.from('a,b\u0000', 'utf8'), 'utf-8'), FileFormatError);
    assert.throws(() => checkText(Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'gb18030'), /UTF-16/);
  });
});

describe('detectDelimiter', () => {
  it('counts delimiters of the header line only, outside quotes', () => {
    assert.equal(detectDelimiter('a;b;c\n1,5;2,5;3'), ';');
    assert.equal(detectDelimiter('"a,b";c;d\n'), ';');
    assert.equal(detectDelimiter('a\tb\tc\r\n1,2\t3'), '\t');
    assert.equal(detectDelimiter('a,b,c\r\n'), ',');
  });
  it('falls back to a comma for a single-column header', () => {
    assert.equal(detectDelimiter('region_code\n390100'), ',');
  });
});

describe('openRecordSource', () => {
  describe('CSV', () => {
    it('reads a comma-separated UTF-8 file without BOM', async () => {
      const { source, records } = await readAll(await fixture('plain.csv', 'region_code,region_name\n390100,临江市\n'));
      assert.deepEqual([source.format, source.encoding, source.delimiter], ['csv', 'utf-8', ',']);
      assert.deepEqual(records, [
        ['region_code', 'region_name'],
        ['390100', '临江市'],
      ]);
    });

    it('reads a semicolon-separated UTF-8 file and strips its BOM from the first header', async () => {
      const { source, records } = await readAll(
        await fixture('bom.csv', '\uFEFFregion_code;region_name\n390100;临江市\n'),
      );
      assert.deepEqual([source.encoding, source.delimiter], ['utf-8', ';']);
      assert.deepEqual(records[0], ['region_code', 'region_name']);
    });

    it('reads a tab-separated file whatever its extension', async () => {
      const { source, records } = await readAll(await fixture('tabs.txt', 'a\tb\tc\n1\t\t3\n'));
      assert.equal(source.delimiter, '\t');
      assert.deepEqual(records, [
        ['a', 'b', 'c'],
        ['1', '', '3'],
      ]);
    });

    it('reads GB18030, including characters outside GBK (4-byte sequences)', async () => {
      const text = '单位编码,单位名称\n001,临江市教育局\n002,𠮷野家餐饮€\n';
      const { source, records } = await readAll(await fixture('gb18030.csv', iconv.encode(text, 'gb18030')));
      assert.deepEqual([source.encoding, source.delimiter], ['gb18030', ',']);
      assert.deepEqual(records, [
        ['单位编码', '单位名称'],
        ['001', '临江市教育局'],
        ['002', '𠮷野家餐饮€'],
      ]);
    });

    it('reads a GBK file (what finance systems export) as GB18030 without mangling it', async () => {
      const text = '收款人名称;用途\r\n中国联通临江分公司;通信费\r\n';
      const { source, records } = await readAll(await fixture('gbk.csv', iconv.encode(text, 'gbk')));
      assert.deepEqual([source.encoding, source.delimiter], ['gb18030', ';']);
      assert.deepEqual(records, [
        ['收款人名称', '用途'],
        ['中国联通临江分公司', '通信费'],
      ]);
    });

    it('keeps delimiters, doubled quotes and line breaks inside quoted fields', async () => {
      const text =
        'payee_name,purpose,amount\n"临江文具公司, 城东店","购买""A4""纸","1,234.50"\n"甲","第一行\n第二行",5\n';
      const { records } = await readAll(await fixture('quoted.csv', text));
      assert.deepEqual(records.slice(1), [
        ['临江文具公司, 城东店', '购买"A4"纸', '1,234.50'],
        ['甲', '第一行\n第二行', '5'],
      ]);
    });

    it('leaves no carriage return at the end of CRLF lines and skips blank lines', async () => {
      const { records } = await readAll(await fixture('crlf.csv', 'a,b\r\n1,2\r\n\r\n3,4\r\n'));
      assert.deepEqual(records, [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
    });

    it('decodes a UTF-8 character split across two 1 MiB read chunks', async () => {
      const rows = 60_000;
      const line = (i: number) => `${String(i).padStart(6, '0')},临江市第${i}中学\n`;
      const file = await bigFixture('split-utf8.csv', ['code,name\n', ...[...range(rows)].map(line)]);
      const { records } = await readAll(file);
      assert.equal(records.length, rows + 1);
      assert.ok(
        records.every((r, i) => i === 0 || r[1] === `临江市第${i - 1}中学`),
        'no replacement characters',
      );
    });

    it('decodes GB18030 across read chunks', async () => {
      const rows = 60_000;
      const text = ['code,name\n', ...[...range(rows)].map((i) => `${i},临江市第${i}小学\n`)].join('');
      const { source, records } = await readAll(await fixture('split-gbk.csv', iconv.encode(text, 'gb18030')));
      assert.equal(source.encoding, 'gb18030');
      assert.equal(records.length, rows + 1);
      assert.equal(records[rows]?.[1], `临江市第${rows - 1}小学`);
      assert.ok(records.every((r, i) => i === 0 || r[1] === `临江市第${i - 1}小学`));
    });
  });

  describe('XLSX', () => {
    it('reads strings, numbers, dates, formula results, rich text and empty cells as the text Excel shows', async () => {
      const file = await workbook('cells.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['voucher_no', 'pay_date', 'amount', 'doubled', 'payee_name', 'purpose', 'agency_code'],
            [
              'P1',
              new Date(Date.UTC(2026, 2, 5)),
              1234.5,
              { formula: 'C2*2', result: 2469 },
              { richText: [{ text: '临江' }, { text: '文具' }] },
              null,
              '001',
            ],
            ['P2', new Date(Date.UTC(2025, 11, 31)), 0.1, { formula: 'C3*2', result: 0.2 }, '乙', '', '000123'],
          ],
        },
      ]);
      const { source, records } = await readAll(file);
      assert.deepEqual([source.format, source.encoding], ['xlsx', 'utf-8']);
      assert.deepEqual(records[0], [
        'voucher_no',
        'pay_date',
        'amount',
        'doubled',
        'payee_name',
        'purpose',
        'agency_code',
      ]);
      assert.deepEqual(records[1], ['P1', '2026-03-05', '1234.5', '2469', '临江文具', '', '001']);
      assert.deepEqual(records[2], ['P2', '2025-12-31', '0.1', '0.2', '乙', '', '000123']);
    });

    it('skips rows that are entirely empty and keeps missing trailing cells empty', async () => {
      const file = await workbook('gaps.xlsx', [
        { name: 'x', rows: [['a', 'b', 'c'], ['1', null, null], [], [null, null, '3']] },
      ]);
      const { records } = await readAll(file);
      assert.equal(records.length, 3);
      assert.deepEqual([records[1]?.[0], records[1]?.[1] ?? '', records[1]?.[2] ?? ''], ['1', '', '']);
      assert.deepEqual(records[2], ['', '', '3']);
    });

    const sheets = (names: string[]) => names.map((name) => ({ name, rows: [['sheet'], [name]] }));

    it('reads the sheet named like the feed, even when it is not the first', async () => {
      const file = await workbook('named.xlsx', sheets(['说明', 'Payments ', '汇总']));
      const { records } = await readAll(file, { sheetNames: ['payments', '国库集中支付明细'] });
      assert.deepEqual(records, [['sheet'], ['Payments ']]);
    });

    it('reads the sheet with the feed’s Chinese name', async () => {
      const file = await workbook('named-zh.xlsx', sheets(['说明', '汇总', '国库集中支付明细']));
      const { records } = await readAll(file, { sheetNames: ['payments', '国库集中支付明细'] });
      assert.deepEqual(records, [['sheet'], ['国库集中支付明细']]);
    });

    // A zip's entries may come in any order; exceljs's own writer varies it between runs. Worksheets
    // before workbook.xml (with the relationships and shared strings already read) once failed as a
    // "damaged" workbook in exceljs's streaming reader; a workbook of this size is read whole.
    for (const order of ['worksheets first', 'workbook.xml last', 'workbook.xml first'] as const) {
      it(`reads the named sheet whatever the order of the zip's entries (${order})`, async () => {
        const written = await workbook(`order-${order}.xlsx`, sheets(['说明', 'Payments', '汇总']));
        const zip = await JSZip.loadAsync(await readFile(written));
        const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
        const rank = (name: string) => {
          const isSheet = name.startsWith('xl/worksheets/sheet');
          if (order === 'worksheets first') return isSheet ? 0 : name === 'xl/workbook.xml' ? 2 : 1;
          if (order === 'workbook.xml last') return name === 'xl/workbook.xml' ? 2 : isSheet ? 1 : 0;
          return name === 'xl/workbook.xml' ? 0 : 1;
        };
        const reordered = new JSZip();
        for (const name of [...names].sort((a, b) => rank(a) - rank(b))) {
          reordered.file(name, await zip.files[name]!.async('nodebuffer'), { createFolders: false });
        }
        const file = await fixture(`reordered-${order}.xlsx`, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
        const { records } = await readAll(file, { sheetNames: ['payments', '国库集中支付明细'] });
        assert.deepEqual(records, [['sheet'], ['Payments']]);
      });
    }

    it('streams a workbook over the in-memory limit, choosing the sheet the same way', async () => {
      const file = await workbook('streamed.xlsx', sheets(['说明', 'Payments', '汇总']));
      const source = await readXlsx(file, ['payments', '国库集中支付明细'], 0);
      const records: string[][] = [];
      for await (const batch of source.batches) records.push(...batch);
      assert.deepEqual(records, [['sheet'], ['Payments']]);
      assert.equal(source.bytesRead(), (await stat(file)).size);
    });

    it('reads the first sheet when none is named like the feed', async () => {
      const file = await workbook('first.xlsx', sheets(['数据', 'regions', '汇总']));
      const { records } = await readAll(file, { sheetNames: ['payments', '国库集中支付明细'] });
      assert.deepEqual(records, [['sheet'], ['数据']]);
    });
  });

  describe('JSON and NDJSON', () => {
    const expected = [
      ['voucher_no', 'amount', 'rate', 'negative', 'purpose', 'flag'],
      ['P1', '12345678901234.56', '0.10', '-0.10', '临江', 'true'],
      ['P2', '1e3', '2.3500', '0', '', 'false'],
    ];

    it('reads a JSON array of objects, keeping numbers exactly as written', async () => {
      const json =
        '\uFEFF[\n {"voucher_no": "P1", "amount": 12345678901234.56, "rate": 0.10, "negative": -0.10, "purpose": "\\u4e34\\u6c5f", "flag": true},\n' +
        ' {"voucher_no": "P2", "amount": 1e3, "rate": 2.3500, "negative": 0, "purpose": null, "flag": false}\n]';
      const { source, records } = await readAll(await fixture('rows.json', json));
      assert.deepEqual([source.format, source.encoding], ['json', 'utf-8']);
      assert.deepEqual(records, expected);
    });

    it('reads NDJSON the same way, with CRLF and blank lines', async () => {
      const ndjson =
        '{"voucher_no": "P1", "amount": 12345678901234.56, "rate": 0.10, "negative": -0.10, "purpose": "临江", "flag": true}\r\n\r\n' +
        '{"voucher_no": "P2", "amount": 1e3, "rate": 2.3500, "negative": 0, "purpose": null, "flag": false}\r\n';
      const { source, records } = await readAll(await fixture('rows.ndjson', ndjson));
      assert.equal(source.format, 'ndjson');
      assert.deepEqual(records, expected);
    });

    it('keeps numbers inside NDJSON strings untouched', async () => {
      const { records } = await readAll(
        await fixture('strings.ndjson', '{"purpose": "第1季度 \\"2.50\\" 元", "n": 7}\n'),
      );
      assert.deepEqual(records[1], ['第1季度 "2.50" 元', '7']);
    });

    it('reads GB18030-encoded JSON', async () => {
      const { source, records } = await readAll(
        await fixture('gbk.json', iconv.encode('[{"单位名称": "临江市财政局"}]', 'gb18030')),
      );
      assert.equal(source.encoding, 'gb18030');
      assert.deepEqual(records, [['单位名称'], ['临江市财政局']]);
    });

    for (const [format, content] of [
      ['json', '[{"voucher_no": "P1", "amount": 1}, {"voucher_no": "P2", "amount": 2, "project_code": "XM-01"}]'],
      ['ndjson', '{"voucher_no": "P1", "amount": 1}\n{"voucher_no": "P2", "amount": 2, "project_code": "XM-01"}\n'],
    ] as const) {
      it(`${format}: keeps a key that the first object leaves out (exporters omit null fields)`, async () => {
        const { records } = await readAll(await fixture(`sparse.${format}`, content));
        const header = records[0] ?? [];
        const at = header.indexOf('project_code');
        assert.ok(at >= 0, `header has project_code: ${JSON.stringify(header)}`);
        assert.deepEqual(
          records.slice(1).map((r) => r[at] ?? ''),
          ['', 'XM-01'],
        );
      });
    }
  });

  describe('streaming', () => {
    it('hands a large JSON file over in batches of at most BATCH_ROWS records', async () => {
      const rows = BATCH_ROWS * 2 + 500;
      const file = await bigFixture('big.json', [
        '[',
        ...[...range(rows)].map((i) => `${i ? ',' : ''}{"voucher_no":"P${i}","amount":${i}.05}\n`),
        ']',
      ]);
      const { batches, records } = await readAll(file);
      assert.equal(records.length, rows + 1);
      assert.ok(batches.length >= 3, `batches: ${batches.length}`);
      assert.ok(batches.every((b) => b.length <= BATCH_ROWS));
      assert.deepEqual(records[rows], [`P${rows - 1}`, `${rows - 1}.05`]);
    });

    it('hands a large XLSX sheet over in more than one batch', async () => {
      const rows = BATCH_ROWS + 1000;
      const file = await workbook('big.xlsx', [
        { name: 'payments', rows: [['voucher_no', 'amount'], ...[...range(rows)].map((i) => [`P${i}`, i + 0.25])] },
      ]);
      const { batches, records } = await readAll(file);
      assert.equal(records.length, rows + 1);
      assert.ok(batches.length >= 2, `batches: ${batches.length}`);
      assert.deepEqual(records[rows], [`P${rows - 1}`, `${rows - 1 + 0.25}`]);
    });

    for (const format of ['csv', 'ndjson'] as const) {
      it(`${format}: reads a file of several MiB in several batches, no faster than they are consumed`, async () => {
        const rows = 120_000;
        const line =
          format === 'csv'
            ? (i: number) => `ZF${String(i).padStart(12, '0')},2026-03-02,390100,临江市第一中学办公用品采购,${i}.25\n`
            : (i: number) =>
                `{"voucher_no":"ZF${String(i).padStart(12, '0')}","purpose":"临江市第一中学办公用品采购","amount":${i}.25}\n`;
        const head = format === 'csv' ? ['voucher_no,pay_date,region_code,purpose,amount\n'] : [];
        const file = await bigFixture(`big.${format}`, [...head, ...[...range(rows)].map(line)]);
        const { size } = await stat(file);
        const source = await openRecordSource(file);
        let batches = 0;
        let records = 0;
        let bytesAfterFirst = 0;
        for await (const batch of source.batches) {
          if (batches++ === 0) bytesAfterFirst = source.bytesRead();
          records += batch.length;
        }
        assert.equal(records, rows + 1);
        assert.ok(batches > 1, `batches: ${batches}`);
        assert.ok(
          bytesAfterFirst < size / 2,
          `read ${bytesAfterFirst} of ${size} bytes before the first batch was consumed`,
        );
        assert.equal(source.bytesRead(), size);
      });
    }

    it('stops reading when the consumer stops early', async () => {
      const file = await bigFixture('early.csv', ['a,b\n', ...[...range(200_000)].map((i) => `${i},临江\n`)]);
      const source = await openRecordSource(file);
      for await (const batch of source.batches) {
        assert.ok(batch.length > 0);
        break;
      }
      const { size } = await stat(file);
      assert.ok(source.bytesRead() < size, 'the rest of the file is not read');
    });
  });

  describe('malformed input', () => {
    it('an empty file yields no record (ingest reports "empty or no header")', async () => {
      const { records } = await readAll(await fixture('empty.csv', ''));
      assert.deepEqual(records, []);
    });

    it('a file with a header only yields the header', async () => {
      const { records } = await readAll(await fixture('header-only.csv', '\uFEFFregion_code,region_name\r\n'));
      assert.deepEqual(records, [['region_code', 'region_name']]);
    });

    it('binary garbage is refused as not a text file', async () => {
      const garbage = Buffer.concat([Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), randomBytes(4096)]);
      const error = await formatError(await fixture('garbage.csv', garbage));
      assert.match(error.reason.en, /binary|not a text/i);
    });

    it('binary garbage without an extension is refused too', async () => {
      await formatError(await fixture('garbage', Buffer.concat([Buffer.from('\u0000\u0000'), randomBytes(1024)])));
    });

    it('a UTF-16 text file is refused with a hint to save it as UTF-8', async () => {
      const utf16 = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('region_code,region_name\r\n390100,临江市\r\n', 'utf16le'),
      ]);
      const error = await formatError(await fixture('utf16.csv', utf16));
      assert.match(error.reason.en, /UTF-16/);
      assert.match(error.reason.zh, /UTF-8/);
    });

    it('a legacy .xls (OLE compound file) is refused with a hint to save it as .xlsx', async () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      for (const name of ['old.xls', 'old.csv', 'old.xlsx']) {
        const error = await formatError(await fixture(name, ole));
        assert.match(error.reason.en, /\.xls\b.*\.xlsx/);
      }
    });

    it('a truncated XLSX is refused as damaged', async () => {
      const good = await readFile(
        await workbook('whole.xlsx', [
          { name: 'payments', rows: [['a', 'b'], ...[...range(500)].map((i) => [`P${i}`, i])] },
        ]),
      );
      const error = await formatError(await fixture('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2))));
      assert.match(error.reason.en, /damaged|not a valid/);
    });

    it('a zip that is not a workbook is refused', async () => {
      // A minimal empty zip: the local-file magic followed by junk, then nothing Excel would write.
      const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(300)]);
      await formatError(await fixture('junk.xlsx', zip));
    });

    it('a file named .xlsx that is not a zip is refused', async () => {
      const error = await formatError(await fixture('fake.xlsx', 'region_code,region_name\n'));
      assert.match(error.reason.en, /not a valid Excel/);
    });

    it('invalid JSON is refused', async () => {
      const error = await formatError(await fixture('bad.json', '[{"a": 1}, {"a": 2,}]'));
      assert.match(error.reason.en, /malformed JSON/);
    });

    it('a truncated JSON array is refused', async () => {
      const error = await formatError(await fixture('cut.json', '[{"a": 1}, {"a": 2}, {"a"'));
      assert.match(error.reason.en, /malformed JSON/);
    });

    it('a JSON field first given after the header is fixed is refused, not dropped', async () => {
      const objects = [...range(BATCH_ROWS + 10)].map((i) =>
        i === BATCH_ROWS + 5 ? `{"a": ${i}, "late": "x"}` : `{"a": ${i}, "late2": null}`,
      );
      const error = await formatError(await fixture('late.json', `[${objects.join(',')}]`));
      assert.match(error.reason.en, new RegExp(`record ${BATCH_ROWS + 6} has a field "late"`));
      assert.match(error.reason.zh, /“late”/);
    });

    for (const [name, content, pattern] of [
      ['object.json', '{"rows": [{"a": 1}]}', /array of objects/],
      ['numbers.json', '[1, 2, 3]', /record 1 is not an object/],
      ['arrays.json', '[["a", "b"], ["1", "2"]]', /record 1 is not an object/],
      ['nested.json', '[{"a": {"b": 1}}]', /nested/],
      ['string.json', '"region_code"', /array of objects/],
    ] as const) {
      it(`JSON that is not an array of flat objects is refused (${name})`, async () => {
        const error = await formatError(await fixture(name, content));
        assert.match(error.reason.en, pattern);
      });
    }

    it('NDJSON with a bad line is refused, naming the line', async () => {
      const error = await formatError(await fixture('bad.ndjson', '{"a": 1}\n{"a": 2}\n{"a": 3\n{"a": 4}\n'));
      assert.match(error.reason.en, /line 3/);
      assert.match(error.reason.zh, /第3行/);
    });

    it('NDJSON with a line that is not an object is refused', async () => {
      const error = await formatError(await fixture('array-line.ndjson', '{"a": 1}\n[1, 2]\n'));
      assert.match(error.reason.en, /line 2 is not a JSON object/);
    });

    it('CSV with an unterminated quote is refused', async () => {
      const error = await formatError(await fixture('quote.csv', 'a,b\n1,"open\n2,3\n4,5\n'));
      assert.match(error.reason.en, /unterminated quote/);
    });

    for (const format of ['csv', 'json', 'ndjson'] as const) {
      it(`${format}: UTF-8 with GBK bytes after the sniffed block is refused instead of being stored mangled`, async () => {
        const line = (i: number) =>
          format === 'csv'
            ? `${i},临江市第${i}中学\n`
            : `${format === 'json' ? (i ? ',' : '[') : ''}{"code": ${i}, "name": "临江市第${i}中学"}\n`;
        const head = format === 'csv' ? 'code,name\n' : '';
        const utf8 = Buffer.from(head + [...range(5_000)].map(line).join(''), 'utf8');
        const gbk = iconv.encode(line(5_000) + (format === 'json' ? ']' : ''), 'gbk');
        const error = await formatError(await fixture(`mixed.${format}`, Buffer.concat([utf8, gbk])));
        assert.match(error.reason.en, /not valid UTF-8/);
      });
    }

    it('a decoding error is handed to the reader even when reading starts late (no uncaught error event)', async () => {
      const utf8 = Buffer.from(`code,name\n1,临江${'x'.repeat(70 * 1024)}\n`);
      const file = await fixture('late-reader.csv', Buffer.concat([utf8, iconv.encode('2,联通\n', 'gbk')]));
      const source = await openRecordSource(file);
      await setTimeout(100);
      await assert.rejects(async () => {
        for await (const batch of source.batches) assert.ok(batch);
      }, FileFormatError);
    });

    it('GB18030 with an undefined byte after the sniffed block is refused', async () => {
      const text = iconv.encode(
        ['code,name\n', ...[...range(8_000)].map((i) => `${i},临江市第${i}中学\n`)].join(''),
        'gb18030',
      );
      const error = await formatError(
        await fixture('bad-gbk.csv', Buffer.concat([text, Buffer.from('8000,\xff\n', 'latin1')])),
      );
      assert.match(error.reason.en, /not valid GB18030/);
    });

    it('text that is neither UTF-8 nor GB18030 is refused instead of being stored mangled', async () => {
      // 0x80 and 0xFF are not valid bytes in GB18030 (nor lead bytes of UTF-8).
      const error = await formatError(
        await fixture('latin.csv', Buffer.from('payee_name\nCaf\xe9\x80\xff S.A.\n', 'latin1')),
      );
      assert.match(error.reason.en, /encoding/);
    });
  });
});
