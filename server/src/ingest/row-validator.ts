import type { ColumnSpec, FeedDescriptor } from './feeds/feed-descriptor';
import {
  dateReader,
  detached,
  enumReader,
  type DateFormat,
  parseInteger,
  parseMoney,
  parsePeriod,
  parseRate,
  parseSoePeriod,
  toHalfWidth,
  Invalid,
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

/** Headers compare without case, spaces, underscores or hyphens: "Paid Date" = "paid_date". */
function normaliseHeader(header: string): string {
  return toHalfWidth(header).replace(/^\uFEFF/, '').replace(/[\s_-]+/g, '').toLowerCase();
}

/** The part of a mapping preset that decides where each feed column comes from. */
export interface ColumnSources {
  /** Feed column key → the source file's header for it (or the alternatives, when exports differ). */
  columns?: Readonly<Record<string, string | readonly string[]>>;
  /** Feed column key → constant value, for columns the source lacks (or leaves blank). */
  constants?: Readonly<Record<string, string>>;
}

/**
 * Matches a file's header row to the feed's columns: a preset's explicit mapping first, then the
 * English key or Chinese header (case- and whitespace-insensitive). Returns the position of each feed
 * column (-1 when absent) or the reasons the header is unusable (a required column missing and no
 * constant for it, a column given twice, a mapped header not in the file).
 */
export function mapHeader(
  feed: FeedDescriptor,
  header: readonly string[],
  sources: ColumnSources = {},
): { positions: number[] } | { errors: Reason[] } {
  const normalised = header.map(normaliseHeader);
  const errors: Reason[] = [];
  const positions = feed.columns.map((column) => {
    const mapped = sources.columns?.[column.key];
    const alternatives = mapped === undefined ? [column.key, column.zh] : typeof mapped === 'string' ? [mapped] : mapped;
    const names = new Set(alternatives.map(normaliseHeader));
    const found = normalised.flatMap((name, index) => (names.has(name) ? [index] : []));
    if (found.length > 1) {
      errors.push({ zh: `列“${column.zh}”(${column.key})重复出现`, en: `column ${column.key} (${column.zh}) appears more than once` });
    }
    if (found.length === 0 && mapped !== undefined && column.required && sources.constants?.[column.key] === undefined) {
      const wanted = alternatives.join('/');
      errors.push({ zh: `方案指定的列“${wanted}”不在文件中`, en: `the preset's column "${wanted}" is not in the file` });
    } else if (found.length === 0 && column.required && sources.constants?.[column.key] === undefined) {
      errors.push({ zh: `缺少必需列“${column.zh}”(${column.key})`, en: `required column ${column.key} (${column.zh}) is missing` });
    }
    return found[0] ?? -1;
  });
  return errors.length > 0 ? { errors } : { positions };
}

/** How a preset changes the reading of a source's values. */
export interface ReadOptions {
  /** Layout of the source's dates when they are not year-first. */
  dateFormat?: DateFormat;
  /** The source uses its own codes in the classification columns: their national shape is not required. */
  localCodes?: boolean;
  /** Per feed column (same order): the value to use where the source has none or a blank. */
  constants?: readonly (string | undefined)[];
}

function readerFor(column: ColumnSpec, options: ReadOptions): (raw: string) => Parsed {
  if (options.localCodes && column.classification) column = { ...column, pattern: undefined };
  switch (column.type) {
    case 'money':
      return (raw) => parseMoney(raw, column.signed ?? false);
    case 'rate':
      return parseRate;
    case 'date':
      return dateReader(options.dateFormat);
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
          return new Invalid({ zh: `编码格式无效：${hint.zh}`, en: `invalid code: ${hint.en}` });
        }
        return text;
      };
    case 'text':
      return (raw) => raw.trim();
  }
}

/** Columns whose reader accepts free-form text, so control characters must be looked for. */
function needsControlCheck(column: ColumnSpec, options: ReadOptions = {}): boolean {
  return column.type === 'text' || (column.type === 'code' && (!column.pattern || (options.localCodes === true && column.classification !== undefined)));
}

/** Per column: may its validated value hold any character (free text, unpatterned codes)? */
export function freeFormColumns(feed: FeedDescriptor, options: ReadOptions = {}): boolean[] {
  return feed.columns.map((column) => needsControlCheck(column, options));
}

/**
 * Compiles the checks of a feed for a file whose header positions are known. This runs once per
 * row of files with millions of rows, so it allocates nothing per row beyond the values array.
 */
export function compileRowValidator(
  feed: FeedDescriptor,
  positions: readonly number[],
  options: ReadOptions = {},
): RowValidator {
  const columns = feed.columns;
  const readers = columns.map((column) => readerFor(column, options));
  const constants = columns.map((_, i) => options.constants?.[i]);
  const controlChecked = freeFormColumns(feed, options);
  return (record, rowNumber) => {
    const values = new Array<string | null>(columns.length);
    let errors: RowError[] | undefined;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const position = positions[i]!;
      let raw = position >= 0 ? (record[position] ?? '') : '';
      if (constants[i] !== undefined && raw.trim() === '') raw = constants[i]!;
      let reason: Reason | undefined;
      if (raw === '' || raw.trim() === '') {
        values[i] = null;
        if (column.required) reason = { zh: `必填项“${column.zh}”为空`, en: `required value ${column.key} is empty` };
      } else if (controlChecked[i] && CONTROL.test(raw)) {
        reason = { zh: '包含不可见控制字符', en: 'contains control characters' };
      } else if (column.maxLength !== undefined && raw.length > column.maxLength && raw.trim().length > column.maxLength) {
        reason = { zh: `长度超过${column.maxLength}个字符`, en: `longer than ${column.maxLength} characters` };
      } else {
        const parsed = readers[i]!(raw);
        if (typeof parsed === 'string') values[i] = parsed;
        else reason = parsed.reason;
      }
      if (reason) (errors ??= []).push({ rowNumber, column: column.key, value: detached(raw.slice(0, 200)), reason });
    }
    return errors ? { ok: false, errors } : { ok: true, values };
  };
}
