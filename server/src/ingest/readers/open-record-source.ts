import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readCsv } from './csv-source';
import { readJson, readNdjson } from './json-source';
import { readXlsx } from './xlsx-source';

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';
export type TextEncoding = 'utf-8' | 'gb18030';

export interface RecordSource {
  format: FileFormat;
  /** Text encoding detected ('utf-8' for xlsx, whose XML is always Unicode). */
  encoding: TextEncoding;
  /** For CSV: the detected delimiter. */
  delimiter?: ',' | ';' | '\t';
  /**
   * Batches of records (cell texts). The first record of the first batch is the header row. The file
   * is read no faster than batches are consumed, so memory stays flat for files of any size.
   */
  batches: AsyncIterable<string[][]>;
  /** Bytes of the file consumed so far, for a progress bar. */
  bytesRead(): number;
}

/** A file that cannot be read as any accepted format; the reason is shown to the user as is. */
export class FileFormatError extends Error {
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
    this.name = 'FileFormatError';
  }
}

export const BATCH_ROWS = 2_000;
const SNIFF_BYTES = 64 * 1024;

/**
 * Opens a feed file in any accepted format (CSV with comma, semicolon or tab; XLSX; a JSON array of
 * objects; NDJSON) and encoding (UTF-8 with or without BOM, GB18030/GBK), detected from its content
 * unless the format is given.
 */
export async function openRecordSource(
  filePath: string,
  options: { format?: FileFormat; sheetNames?: readonly string[] } = {},
): Promise<RecordSource> {
  const head = await readHead(filePath);
  const format = options.format ?? detectFormat(head, filePath);
  if (format === 'xlsx') return readXlsx(filePath, options.sheetNames ?? []);
  const encoding = detectEncoding(head);
  checkText(head, encoding);
  const counter = byteCounter();
  const text = () => textStream(filePath, encoding, counter.transform);
  if (format === 'json') return { format, encoding, batches: whenRead(text, readJson), bytesRead: counter.bytes };
  if (format === 'ndjson') return { format, encoding, batches: whenRead(text, readNdjson), bytesRead: counter.bytes };
  const headText = encoding === 'utf-8' ? head.toString('utf8') : iconv.decode(head, 'gb18030');
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, ''));
  return { format, encoding, delimiter, batches: whenRead(text, (stream) => readCsv(stream, delimiter)), bytesRead: counter.bytes };
}

/**
 * Opens the text stream only when the first batch is asked for, so that the reader is listening before
 * any data (or a decoding error) flows: an error emitted earlier would have no listener and crash the
 * process, and a source that is never read holds no open file.
 */
async function* whenRead(open: () => Readable, read: (text: Readable) => AsyncGenerator<string[][]>): AsyncGenerator<string[][]> {
  yield* read(open());
}

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Magic bytes first (a zip is XLSX, an OLE file is a legacy .xls), then the extension, then the content. */
export function detectFormat(head: Buffer, filePath: string): FileFormat {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new FileFormatError({
      zh: '不支持旧版Excel（.xls）文件，请在Excel中另存为.xlsx后再导入',
      en: 'legacy Excel (.xls) files are not supported: save the file as .xlsx and load it again',
    });
  }
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.xlsx') {
    throw new FileFormatError({ zh: '文件扩展名为.xlsx，但内容不是有效的Excel文件', en: 'the file is named .xlsx but is not a valid Excel workbook' });
  }
  if (extension === '.json') return 'json';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  if (['.csv', '.tsv', '.txt'].includes(extension)) return 'csv';
  const first = /\S/.exec(head.toString('utf8').replace(/^\uFEFF/, ''))?.[0];
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  return 'csv';
}

/** A BOM or valid UTF-8 means UTF-8; anything else is GB18030, the superset of GBK that finance systems export. */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // A multi-byte character may be cut at the end of the sniffed block: drop up to 3 bytes.
  for (let cut = 0; cut <= Math.min(3, head.length); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      // try a shorter prefix
    }
  }
  return 'gb18030';
}

/**
 * Refuses what would otherwise be read as garbage and fail later with a misleading reason (missing
 * columns) or, worse, be stored mangled: UTF-16 text, binary data (NUL bytes never occur in UTF-8 or
 * GB18030 text), and bytes that are neither UTF-8 nor GB18030. Only the sniffed block is checked.
 */
export function checkText(head: Buffer, encoding: TextEncoding): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new FileFormatError({
      zh: '文件为UTF-16编码，请另存为UTF-8或GBK编码后再导入',
      en: 'the file is UTF-16 encoded: save it as UTF-8 or GBK and load it again',
    });
  }
  if (head.includes(0)) {
    throw new FileFormatError({
      zh: '文件包含二进制内容（或为UTF-16编码），不是CSV或JSON文本文件；请导出为CSV（UTF-8或GBK编码）、XLSX或JSON',
      en: 'the file holds binary data (or UTF-16 text), not CSV or JSON text: export it as CSV (UTF-8 or GBK), XLSX or JSON',
    });
  }
  // write() without end(): a character cut at the end of the block stays buffered, not replaced.
  if (encoding === 'gb18030' && iconv.getDecoder('gb18030').write(head).includes('\uFFFD')) {
    throw new FileFormatError({
      zh: '无法识别文件的字符编码（既不是UTF-8也不是GB18030/GBK），请另存为UTF-8编码后再导入',
      en: 'the text encoding is not recognised (neither UTF-8 nor GB18030/GBK): save the file as UTF-8 and load it again',
    });
  }
}

/** The delimiter that occurs most often in the header line, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => [d, unquoted.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function byteCounter(): { transform: Transform; bytes: () => number } {
  let bytes = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return { transform, bytes: () => bytes };
}

/** The file as a stream of decoded text chunks, BOM removed. */
function textStream(filePath: string, encoding: TextEncoding, counter: Transform): Readable {
  const raw = createReadStream(filePath, { highWaterMark: 1 << 20 });
  raw.on('error', (error) => counter.destroy(error));
  const counted = raw.pipe(counter);
  let first = true;
  const stripBom = new Transform({
    objectMode: true,
    // Chunks are ~1 MiB of text: a queue of two is enough to keep the parser busy, and memory flat.
    highWaterMark: 2,
    transform(chunk: string, _encoding, callback) {
      // iconv-lite puts U+FFFD where a byte sequence is not GB18030 (the sniffed block was checked alike).
      if (encoding === 'gb18030' && chunk.includes('\uFFFD')) {
        callback(notEncoded('GB18030'));
        return;
      }
      const text = first ? chunk.replace(/^\uFEFF/, '') : chunk;
      first = false;
      callback(null, text);
    },
  });
  const decoder: Transform = encoding === 'utf-8' ? utf8Decoder() : (iconv.decodeStream('gb18030') as unknown as Transform);
  counted.pipe(decoder);
  counted.on('error', (error) => decoder.destroy(error));
  decoder.on('error', (error) => stripBom.destroy(error));
  return decoder.pipe(stripBom);
}

/**
 * UTF-8 decoding that keeps characters split across chunks intact. It is strict: bytes that are not
 * UTF-8 beyond the sniffed block (GBK rows appended to a UTF-8 export) refuse the file rather than
 * reach the database as replacement characters.
 */
function utf8Decoder(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (callback: (error?: Error | null, text?: string) => void, chunk?: Buffer) => {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      callback(notEncoded('UTF-8'));
      return;
    }
    callback(null, text.length > 0 ? text : undefined);
  };
  return new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 2,
    transform(chunk: Buffer, _encoding, callback) {
      decode(callback, chunk);
    },
    flush(callback) {
      decode(callback);
    },
  });
}

const notEncoded = (encoding: 'UTF-8' | 'GB18030') =>
  new FileFormatError({
    zh: `文件中有不是${encoding === 'UTF-8' ? 'UTF-8' : 'GB18030/GBK'}编码的内容（可能混入了其他编码的行），请将整个文件另存为UTF-8后再导入`,
    en: `the file has bytes that are not valid ${encoding} (perhaps rows in another encoding mixed in): save the whole file as UTF-8 and load it again`,
  });
