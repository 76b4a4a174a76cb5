import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

const NEEDS_QUOTES = /[",\r\n]/;
const FLUSH_CHARS = 1 << 20;

/** One CSV field: quoted (with doubled quotes) only when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line with its line feed. */
export function csvLine(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i]!);
  return `${line}\n`;
}

/**
 * Writes one UTF-8 CSV file (no BOM, LF line ends) in ~1 MB chunks, so a feed of hundreds of
 * thousands of rows never sits in memory as one string. Rows are counted for the manifest.
 */
export class CsvFileWriter {
  rows = 0;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private pending: Promise<void> = Promise.resolve();
  private readonly handle: Promise<FileHandle>;

  constructor(
    readonly filePath: string,
    header: readonly string[],
  ) {
    this.handle = mkdir(path.dirname(filePath), { recursive: true }).then(() => open(filePath, 'w'));
    // Errors surface in close(); until then they must not count as unhandled rejections.
    this.handle.catch(() => undefined);
    this.push(csvLine(header));
  }

  /** Adds one data row. */
  row(values: readonly string[]): void {
    this.rows++;
    this.push(csvLine(values));
  }

  /** Flushes what is buffered and closes the file. */
  async close(): Promise<void> {
    this.flush();
    await this.pending;
    await (await this.handle).close();
  }

  private push(line: string): void {
    this.buffer.push(line);
    this.bufferedChars += line.length;
    if (this.bufferedChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    this.pending = this.pending.then(async () => {
      await (await this.handle).write(chunk, null, 'utf8');
    });
    this.pending.catch(() => undefined);
  }
}
