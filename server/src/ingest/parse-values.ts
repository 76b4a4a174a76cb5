/**
 * Pure readers for the value forms of shared/FEEDS.md. Each returns the canonical text that the
 * database receives, or a reason in Chinese and English. Money never passes through a float.
 */
export interface Reason {
  zh: string;
  en: string;
}
/** A value that cannot be read. Readers return the canonical text itself otherwise: no wrapper
 * object per cell, since millions of cells go through them on each large load. */
export class Invalid {
  constructor(readonly reason: Reason) {}
}
export type Parsed = string | Invalid;

/**
 * A copy of a cell's text that holds no reference to the text it was cut from. The readers cut a
 * file into cells that V8 keeps as slices of the ~1 MiB chunk they came from, so a cell kept for
 * the whole load (an error's value, a quarantined row, an unknown code) would keep its chunk alive:
 * 10,000 row errors spread over a 2 GB file would hold most of the file in memory.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

const ok = (value: string): Parsed => value;
const fail = (zh: string, en: string): Parsed => new Invalid({ zh, en });

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width digits, letters and punctuation (１２３，．－) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  // Most values are plain ASCII: a test is much cheaper than a replace on the hot ingest path.
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const MONEY = /^(\d{1,16})(?:\.(\d{1,2}))?$/;
const PLAIN_MONEY = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;
const BAD_MONEY = fail('金额格式无效（最多两位小数）', 'invalid amount (at most 2 decimals)');
const NEGATIVE_MONEY = fail('金额不能为负数', 'amount must not be negative');

/**
 * Reads an amount in yuan: thousands separators, full-width digits, a leading minus (- or −) or
 * accounting parentheses for negatives, an optional ¥ sign. Returns "1234.50" style text.
 */
export function parseMoney(raw: string, signed: boolean): Parsed {
  // Fast path for the canonical form, which is what almost every row of a feed carries.
  const plain = PLAIN_MONEY.exec(raw);
  if (plain) return moneyText(plain[1] === '-', plain[2]!, plain[3], signed);
  let text = toHalfWidth(raw).replace(/[\s¥￥]/g, '').replace(/−/g, '-');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) text = text.replace(/,/g, '');
  const match = MONEY.exec(text);
  if (!match) return BAD_MONEY;
  return moneyText(negative, match[1]!, match[2], signed);
}

function moneyText(negative: boolean, digits: string, decimals: string | undefined, signed: boolean): Parsed {
  const integer = digits.length > 1 && digits.startsWith('0') ? digits.replace(/^0+(?=\d)/, '') : digits;
  const fraction = decimals === undefined ? '00' : decimals.length === 1 ? `${decimals}0` : decimals;
  const isZero = fraction === '00' && /^0+$/.test(integer);
  if (negative && !isZero && !signed) return NEGATIVE_MONEY;
  return ok(`${negative && !isZero ? '-' : ''}${integer}.${fraction}`);
}

/** A percentage such as 2.35 (票面利率), up to 4 decimals, 0–100. */
export function parseRate(raw: string): Parsed {
  const text = toHalfWidth(raw).replace(/[\s%％]/g, '');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(text) || Number(text) > 100) {
    return fail('利率应为0到100之间、最多四位小数的百分数', 'rate must be a percentage 0–100 with at most 4 decimals');
  }
  return ok(text);
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})(\d{2})(\d{2})$/];
const BAD_DATE = fail(
  '日期格式无效（应为YYYY-MM-DD、YYYY/MM/DD、YYYYMMDD或Excel日期）',
  'invalid date (expected YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or an Excel serial)',
);
const NO_SUCH_DATE = fail('日期不存在', 'no such calendar date');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A checked calendar date as YYYY-MM-DD, without building a Date (this runs for every row). */
export function calendarDate(year: number, month: number, day: number): Parsed {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NO_SUCH_DATE;
  return ok(`${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
}

/** YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or an Excel serial date, checked against the calendar. */
export function parseDate(raw: string): Parsed {
  const iso = ISO_DATE.exec(raw);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const text = toHalfWidth(raw).trim();
  const match = DATE_FORMS[0]!.exec(text) ?? DATE_FORMS[1]!.exec(text);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (/^\d{1,5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 1 && serial <= 73050) {
      return ok(new Date(EXCEL_EPOCH_UTC + serial * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return BAD_DATE;
}

/** Explicit date layouts a preset can name for sources whose dates are not year-first. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD', 'YYYY/MM/DD', 'YYYYMMDD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * A date reader for an explicit layout (day-first, month-first …). ISO dates stay accepted, since
 * they cannot be misread and spreadsheets hand dates over in that form.
 */
export function dateReader(format?: DateFormat): (raw: string) => Parsed {
  if (format === undefined || format.startsWith('YYYY')) return parseDate;
  const separator = format.charAt(2) === '.' ? '\\.' : format.charAt(2);
  const layout = new RegExp(`^(\\d{1,2})${separator}(\\d{1,2})${separator}(\\d{4})$`);
  const dayFirst = format.startsWith('DD');
  const wrong = fail(`日期应为${format}格式`, `date must be in ${format} form`);
  return (raw) => {
    const iso = ISO_DATE.exec(raw);
    if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const match = layout.exec(toHalfWidth(raw).trim());
    if (!match) return wrong;
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return dayFirst ? calendarDate(year, second, first) : calendarDate(year, first, second);
  };
}

export function parseInteger(raw: string, min: number, max: number): Parsed {
  const text = toHalfWidth(raw).trim();
  if (!/^-?\d{1,9}$/.test(text)) return fail('应为整数', 'must be a whole number');
  const value = Number(text);
  if (value < min || value > max) return fail(`应在${min}到${max}之间`, `must be between ${min} and ${max}`);
  return ok(String(value));
}

/** A month period YYYY-MM (also YYYYMM and YYYY/MM). */
export function parsePeriod(raw: string): Parsed {
  const match = /^(\d{4})[-/]?(\d{1,2})$/.exec(toHalfWidth(raw).trim());
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return fail('期间格式无效（应为YYYY-MM）', 'invalid period (expected YYYY-MM)');
  return ok(`${match[1]}-${String(month).padStart(2, '0')}`);
}

/** An enterprise reporting period: a year (YYYY) or a quarter (YYYY-Qn). */
export function parseSoePeriod(raw: string): Parsed {
  const match = /^(\d{4})(?:-?[Qq]([1-4]))?$/.exec(toHalfWidth(raw).trim());
  if (!match) return fail('期间格式无效（应为YYYY或YYYY-Qn）', 'invalid period (expected YYYY or YYYY-Qn)');
  return ok(match[2] ? `${match[1]}-Q${match[2]}` : match[1]!);
}

/** Builds a reader for an enum column: the canonical value or any of its labels, any case. */
export function enumReader(values: Readonly<Record<string, readonly string[]>>): (raw: string) => Parsed {
  const lookup = new Map<string, string>();
  for (const [canonical, labels] of Object.entries(values)) {
    lookup.set(canonical.toLowerCase(), canonical);
    for (const label of labels) lookup.set(label.toLowerCase(), canonical);
  }
  const accepted = Object.entries(values)
    .map(([canonical, labels]) => [canonical, ...labels].join('/'))
    .join(', ');
  for (const canonical of Object.keys(values)) lookup.set(canonical, canonical);
  return (raw) => {
    const canonical = lookup.get(raw) ?? lookup.get(toHalfWidth(raw).trim().toLowerCase());
    return canonical ? ok(canonical) : fail(`取值无效，可选：${accepted}`, `invalid value; accepted: ${accepted}`);
  };
}
