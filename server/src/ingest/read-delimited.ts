import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030';

export interface DelimitedSource {
  encoding: TextEncoding;
  delimiter: ',' | ';' | '\t';
  records: AsyncIterable<string[]>;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Opens a CSV/TSV file as a stream of records. The encoding is detected (a BOM or valid UTF-8 means
 * UTF-8; anything else is read as GB18030, the superset of GBK that Chinese finance systems
 * export) and so is the delimiter (comma, semicolon or tab, by count in the header line).
 */
export async function readDelimited(filePath: string): Promise<DelimitedSource> {
  const head = await readHead(filePath);
  const encoding = detectEncoding(head);
  const headText = encoding === 'utf-8' ? head.toString('utf8') : iconv.decode(head, 'gb18030');
  const delimiter = detectDelimiter(headText);
  const bytes = createReadStream(filePath, { highWaterMark: 1024 * 1024 });
  const text = encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('gb18030'));
  const records = text.pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 1_000_000 }),
  );
  return { encoding, delimiter, records };
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

export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => [d, unquoted.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
