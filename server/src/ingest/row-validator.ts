import type { ColumnSpec, FeedDescriptor } from './feeds/feed-descriptor';
import {
  enumReader,
  parseDate,
  parseInteger,
  parseMoney,
  parsePeriod,
  parseRate,
  parseSoePeriod,
  toHalfWidth,
  type Parsed,
  type Reason,
} from './parse-values';

/** A problem with one cell (or the whole row when column is null). */
export interface RowError {
  rowNumber: number;
  column: string | null;
  value: string | null;
  reason: Reason;
}

export type RowResult = { ok: true; values: (string | null)[] } | { ok: false; errors: RowError[] };

export type RowValidator = (record: readonly string[], rowNumber: number) => RowResult;

/** Control characters other than tab/newline never belong in a finance export's text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function normaliseHeader(header: string): string {
  return toHalfWidth(header).replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * Matches a file's header row to the feed's columns by English key or Chinese header (case- and
 * whitespace-insensitive). Returns the position of each feed column (-1 when absent) or the
 * reasons the header is unusable (a required column missing, a column given twice).
 */
export function mapHeader(feed: FeedDescriptor, header: readonly string[]): { positions: number[] } | { errors: Reason[] } {
  const normalised = header.map(normaliseHeader);
  const errors: Reason[] = [];
  const positions = feed.columns.map((column) => {
    const names = new Set([normaliseHeader(column.key), normaliseHeader(column.zh)]);
    const found = normalised.flatMap((name, index) => (names.has(name) ? [index] : []));
    if (found.length > 1) {
      errors.push({ zh: `列“${column.zh}”(${column.key})重复出现`, en: `column ${column.key} (${column.zh}) appears more than once` });
    }
    if (found.length === 0 && column.required) {
      errors.push({ zh: `缺少必需列“${column.zh}”(${column.key})`, en: `required column ${column.key} (${column.zh}) is missing` });
    }
    return found[0] ?? -1;
  });
  return errors.length > 0 ? { errors } : { positions };
}

function readerFor(column: ColumnSpec): (raw: string) => Parsed {
  switch (column.type) {
    case 'money':
      return (raw) => parseMoney(raw, column.signed ?? false);
    case 'rate':
      return parseRate;
    case 'date':
      return parseDate;
    case 'int':
      return (raw) => parseInteger(raw, 1900, 2200);
    case 'month':
      return (raw) => parseInteger(raw, 1, 12);
    case 'period':
      return parsePeriod;
    case 'soe_period':
      return parseSoePeriod;
    case 'enum':
      return enumReader(column.values ?? {});
    case 'code':
      return (raw) => {
        const text = toHalfWidth(raw).trim();
        if (column.pattern && !column.pattern.test(text)) {
          const hint = column.patternHint ?? { zh: '格式不符', en: 'unexpected format' };
          return { ok: false, reason: { zh: `编码格式无效：${hint.zh}`, en: `invalid code: ${hint.en}` } };
        }
        if (/\s/.test(text)) return { ok: false, reason: { zh: '编码不能包含空白', en: 'code must not contain spaces' } };
        return { ok: true, value: text };
      };
    case 'text':
      return (raw) => ({ ok: true, value: raw.trim() });
  }
}

/** Compiles the checks of a feed for a file whose header positions are known. */
export function compileRowValidator(feed: FeedDescriptor, positions: readonly number[]): RowValidator {
  const readers = feed.columns.map(readerFor);
  return (record, rowNumber) => {
    const values = new Array<string | null>(feed.columns.length);
    let errors: RowError[] | undefined;
    const report = (column: ColumnSpec, value: string, reason: Reason) =>
      (errors ??= []).push({ rowNumber, column: column.key, value: value.slice(0, 200), reason });
    for (let i = 0; i < feed.columns.length; i++) {
      const column = feed.columns[i]!;
      const position = positions[i]!;
      const raw = position >= 0 ? (record[position] ?? '') : '';
      if (raw.trim() === '') {
        if (column.required) report(column, raw, { zh: `必填项“${column.zh}”为空`, en: `required value ${column.key} is empty` });
        values[i] = null;
        continue;
      }
      if (CONTROL.test(raw)) {
        report(column, raw, { zh: '包含不可见控制字符', en: 'contains control characters' });
        continue;
      }
      if (column.maxLength !== undefined && raw.trim().length > column.maxLength) {
        report(column, raw, { zh: `长度超过${column.maxLength}个字符`, en: `longer than ${column.maxLength} characters` });
        continue;
      }
      const parsed = readers[i]!(raw);
      if (parsed.ok) values[i] = parsed.value;
      else report(column, raw, parsed.reason);
    }
    return errors ? { ok: false, errors } : { ok: true, values };
  };
}
