/**
 * Pure readers for the value forms of shared/FEEDS.md. Each returns the canonical text that the
 * database receives, or a reason in Chinese and English. Money never passes through a float.
 */
export interface Reason {
  zh: string;
  en: string;
}
export type Parsed = { ok: true; value: string } | { ok: false; reason: Reason };

const ok = (value: string): Parsed => ({ ok: true, value });
const fail = (zh: string, en: string): Parsed => ({ ok: false, reason: { zh, en } });

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width digits, letters and punctuation (１２３，．－) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const MONEY = /^(\d{1,16})(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount in yuan: thousands separators, full-width digits, a leading minus (- or −) or
 * accounting parentheses for negatives, an optional ¥ sign. Returns "1234.50" style text.
 */
export function parseMoney(raw: string, signed: boolean): Parsed {
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
  if (!match) return fail('金额格式无效（最多两位小数）', 'invalid amount (at most 2 decimals)');
  const integer = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const isZero = /^0+$/.test(integer) && fraction === '00';
  if (negative && !isZero && !signed) return fail('金额不能为负数', 'amount must not be negative');
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

/** YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or an Excel serial date, checked against the calendar. */
export function parseDate(raw: string): Parsed {
  const text = toHalfWidth(raw).trim();
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match && /^\d{1,5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 1 && serial <= 73050) {
      return ok(new Date(EXCEL_EPOCH_UTC + serial * 86_400_000).toISOString().slice(0, 10));
    }
  }
  if (!match) return fail('日期格式无效（应为YYYY-MM-DD、YYYY/MM/DD、YYYYMMDD或Excel日期）', 'invalid date (expected YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or an Excel serial)');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('日期不存在', 'no such calendar date');
  }
  return ok(date.toISOString().slice(0, 10));
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
  return (raw) => {
    const canonical = lookup.get(toHalfWidth(raw).trim().toLowerCase());
    return canonical ? ok(canonical) : fail(`取值无效，可选：${accepted}`, `invalid value; accepted: ${accepted}`);
  };
}
