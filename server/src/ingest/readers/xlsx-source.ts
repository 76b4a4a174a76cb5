import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BATCH_ROWS, FileFormatError, type RecordSource } from './open-record-source';

interface SheetModel {
  name: string;
}

/** What exceljs's streaming reader has beyond its typings: the workbook's sheet list and its parse steps. */
interface WorkbookReaderInternals {
  model?: { sheets?: SheetModel[] };
  workbookRels?: unknown;
  _parseRels(entry: unknown): Promise<void>;
  _parseWorkbook(entry: unknown): Promise<void>;
}

/**
 * A zip's entries may come in any order (exceljs's own writer varies it). exceljs parses a worksheet
 * as it streams by once it holds the relationships and shared strings, and then reads the sheet
 * names from xl/workbook.xml: were that still to come, it fails (`model` undefined). Holding the
 * relationships back until xl/workbook.xml is read makes such sheets wait in temporary files, which
 * exceljs parses at the end, names known.
 */
function parseSheetsAfterWorkbook(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as WorkbookReaderInternals;
  const parseRels = internals._parseRels.bind(reader);
  const parseWorkbook = internals._parseWorkbook.bind(reader);
  let heldRels: unknown;
  internals._parseRels = async (entry) => {
    await parseRels(entry);
    if (!internals.model) {
      heldRels = internals.workbookRels;
      internals.workbookRels = undefined;
    }
  };
  internals._parseWorkbook = async (entry) => {
    await parseWorkbook(entry);
    if (heldRels !== undefined) {
      internals.workbookRels = heldRels;
      heldRels = undefined;
    }
  };
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
 * The first worksheet, or the one named like the feed, streamed row by row with exceljs (shared strings
 * and styles cached so that date-formatted cells come out as dates).
 */
export async function readXlsx(filePath: string, sheetNames: readonly string[]): Promise<RecordSource> {
  const { size } = await stat(filePath);
  let done = false;
  const wanted = new Set(sheetNames.map(normalise));
  async function* batches(): AsyncGenerator<string[][]> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    });
    parseSheetsAfterWorkbook(reader);
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
          const values = row.values as ExcelJS.CellValue[];
          const record: string[] = [];
          for (let i = 1; i < values.length; i++) record.push(cellText(values[i]));
          if (record.some((cell) => cell.trim() !== '')) batch.push(record);
          if (batch.length >= BATCH_ROWS) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
        break;
      }
    } catch (error) {
      throw new FileFormatError({
        zh: 'Excel文件已损坏或不是有效的.xlsx文件',
        en: `the Excel file is damaged or not a valid .xlsx workbook (${error instanceof Error ? error.message.slice(0, 100) : 'unreadable'})`,
      });
    } finally {
      done = true;
    }
    if (!found) throw new FileFormatError({ zh: 'Excel文件中没有工作表', en: 'the workbook has no worksheet' });
  }
  return { format: 'xlsx', encoding: 'utf-8', batches: batches(), bytesRead: () => (done ? size : 0) };
}
