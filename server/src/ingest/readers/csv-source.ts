import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import { FileFormatError } from './open-record-source';

/** Batches waiting to be consumed before the parser is paused (each is about one 1 MiB read). */
const QUEUE_LIMIT = 2;

/**
 * CSV records with PapaParse (measured about three times faster than csv-parse on payment files),
 * driven chunk by chunk with pause/resume so that memory stays flat. Quoted fields may hold
 * delimiters, doubled quotes and line breaks; an unterminated quote is an error naming its row.
 */
export async function* readCsv(text: Readable, delimiter: string): AsyncGenerator<string[][]> {
  const queue: string[][][] = [];
  let parser: Papa.Parser | undefined;
  let finished = false;
  let failure: FileFormatError | undefined;
  let wake: (() => void) | undefined;
  let rowsSeen = 0;
  let paused = false;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  Papa.parse<string[]>(text as unknown as File, {
    delimiter,
    skipEmptyLines: true,
    chunk(results, chunkParser) {
      parser = chunkParser;
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const row = rowsSeen + (quoteError.row ?? 0) + 1;
        failure = new FileFormatError({
          zh: `第${row}行附近的引号没有闭合，文件无法解析`,
          en: `an unterminated quote near row ${row}: the file cannot be parsed`,
        });
        chunkParser.abort();
        notify();
        return;
      }
      rowsSeen += results.data.length;
      if (results.data.length > 0) queue.push(results.data);
      if (queue.length >= QUEUE_LIMIT) {
        paused = true;
        chunkParser.pause();
      }
      notify();
    },
    complete() {
      finished = true;
      notify();
    },
    error(error: Error) {
      failure ??=
        error instanceof FileFormatError ? error : new FileFormatError({ zh: '文件无法读取', en: `the file cannot be read (${error.message.slice(0, 100)})` });
      finished = true;
      notify();
    },
  });

  try {
    for (;;) {
      const batch = queue.shift();
      if (batch) {
        if (paused && queue.length < QUEUE_LIMIT) {
          paused = false;
          parser?.resume();
        }
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!finished) {
      parser?.abort();
      text.destroy();
    }
  }
}
