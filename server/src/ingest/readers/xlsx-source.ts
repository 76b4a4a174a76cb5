import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BATCH_ROWS, FileFormatError, type RecordSource } from './open-record-source';

interface SheetModel {
  name: string;
}

/** What exceljs's streaming reader exposes beyond its typings: the workbook's sheet list. */
interface WorkbookReaderInternals {
  model?: { sheets?: SheetModel[] };
}

/** One cell as the text a user sees in Excel; dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  // Excel keeps 15 significant digits; String() gives the shortest text that round-trips, as Excel shows it.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return '';
  return '';
}

const normalise = (name: string) => name.replace(/\s+/g, '').toLowerCase();

/**
 * Workbooks up to this size are read whole (exceljs's in-memory reader, which takes a zip's entries
 * in any order); larger ones are streamed. exceljs's streaming reader depends on the order of the
 * zip's entries, which writers vary (exceljs's own writer does, at random): parsed in the wrong
 * order it fails or loses the sheet names. 2 MiB of xlsx is about 30,000 payment rows, read whole in
 * about 1 s with some 200 MiB of memory (measured: 20,000 rows, 1.3 MiB, +125 MiB RSS); the large
 * exports that need streaming come from finance systems, whose writers put xl/workbook.xml first.
 */
export const XLSX_IN_MEMORY_BYTES = 2 * 1024 * 1024;

/** The sheet to read: the one named like the feed, else the first. */
function chooseSheet<T extends { name: string }>(sheets: readonly T[], wanted: ReadonlySet<string>): T | undefined {
  return sheets.find((sheet) => wanted.has(normalise(sheet.name))) ?? sheets[0];
}

/** One row's cells as texts (exceljs's row.values is 1-based), or null for a row with nothing in it. */
function recordOf(values: ExcelJS.CellValue[]): string[] | null {
  const record: string[] = [];
  for (let i = 1; i < values.length; i++) record.push(cellText(values[i]));
  return record.some((cell) => cell.trim() !== '') ? record : null;
}

const damaged = (error: unknown) =>
  new FileFormatError({
    zh: 'Excel文件已损坏或不是有效的.xlsx文件',
    en: `the Excel file is damaged or not a valid .xlsx workbook (${error instanceof Error ? error.message.slice(0, 100) : 'unreadable'})`,
  });

const noSheet = () => new FileFormatError({ zh: 'Excel文件中没有工作表', en: 'the workbook has no worksheet' });

/**
 * The first worksheet, or the one named like the feed, as batches of records: read whole when the
 * file is small (XLSX_IN_MEMORY_BYTES), else streamed row by row (shared strings and styles cached
 * so that date-formatted cells come out as dates either way).
 */
export async function readXlsx(
  filePath: string,
  sheetNames: readonly string[],
  inMemoryBytes = XLSX_IN_MEMORY_BYTES,
): Promise<RecordSource> {
  const { size } = await stat(filePath);
  const wanted = new Set(sheetNames.map(normalise));
  return size <= inMemoryBytes ? readWhole(filePath, size, wanted) : streamXlsx(filePath, size, wanted);
}

function readWhole(filePath: string, size: number, wanted: ReadonlySet<string>): RecordSource {
  let done = false;
  async function* batches(): AsyncGenerator<string[][]> {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.readFile(filePath);
    } catch (error) {
      throw damaged(error);
    } finally {
      done = true;
    }
    const sheet = chooseSheet(book.worksheets, wanted);
    if (!sheet) throw noSheet();
    let batch: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const record = recordOf(sheet.getRow(r).values as ExcelJS.CellValue[]);
      if (record) batch.push(record);
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { format: 'xlsx', encoding: 'utf-8', batches: batches(), bytesRead: () => (done ? size : 0) };
}

function streamXlsx(filePath: string, size: number, wanted: ReadonlySet<string>): RecordSource {
  let done = false;
  async function* batches(): AsyncGenerator<string[][]> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    });
    let found = false;
    try {
      for await (const worksheet of reader) {
        const sheets = (reader as unknown as WorkbookReaderInternals).model?.sheets ?? [];
        const name = (worksheet as unknown as { name?: string }).name ?? '';
        const named = wanted.has(normalise(name));
        const anyNamed = sheets.some((s) => wanted.has(normalise(s.name)));
        const first = sheets.length === 0 || sheets[0]?.name === name;
        if (!(named || (!anyNamed && first))) {
          // A skipped sheet is still read to its end: exceljs deletes the temporary file of a sheet
          // (written when the sheets precede the shared strings) as soon as the next one is asked
          // for, possibly before the skipped sheet's stream has opened it (ENOENT, seen in CI).
          for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) void row;
          continue;
        }
        found = true;
        let batch: string[][] = [];
        // A worksheet reader yields one row at a time (its events come in arrays only through parse()).
        for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const record = recordOf(row.values as ExcelJS.CellValue[]);
          if (record) batch.push(record);
          if (batch.length >= BATCH_ROWS) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
        break;
      }
    } catch (error) {
      throw damaged(error);
    } finally {
      done = true;
    }
    if (!found) throw noSheet();
  }
  return { format: 'xlsx', encoding: 'utf-8', batches: batches(), bytesRead: () => (done ? size : 0) };
}
