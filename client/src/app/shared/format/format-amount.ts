import type { Lang } from '../i18n/lang';
import { fixedDecimalToString, integerDigitCount, toFixedDecimal } from './decimal';

/** 元, 万元 (10^4 元) and 亿元 (10^8 元), the units of Chinese budget documents. */
export type AmountUnit = 'yuan' | 'wan' | 'yi';

const UNIT_SHIFT: Record<AmountUnit, number> = { yuan: 0, wan: 4, yi: 8 };

const UNIT_LABELS: Record<Lang, Record<AmountUnit, string>> = {
  'zh-CN': { yuan: '元', wan: '万元', yi: '亿元' },
  en: { yuan: 'yuan', wan: '10k yuan', yi: '100M yuan' },
};

export function amountUnitLabel(unit: AmountUnit, lang: Lang): string {
  return UNIT_LABELS[lang][unit];
}

/** The largest unit in which |amount| is at least 1: 亿元 from 1 亿, 万元 from 1 万, else 元. */
export function pickAmountUnit(amount: string): AmountUnit {
  const digits = integerDigitCount(amount);
  if (digits > UNIT_SHIFT.yi) return 'yi';
  if (digits > UNIT_SHIFT.wan) return 'wan';
  return 'yuan';
}

export interface AmountFormatOptions {
  /** A fixed unit, or 'auto' (default) to pick one by magnitude. */
  unit?: AmountUnit | 'auto';
  /** Fraction digits after conversion, 2 by default. */
  digits?: number;
}

export interface FormattedAmount {
  /** Rounded, with thousands separators: "1,234.57". */
  value: string;
  unit: AmountUnit;
  unitLabel: string;
}

const LARGER_UNIT: Partial<Record<AmountUnit, AmountUnit>> = { yuan: 'wan', wan: 'yi' };

/**
 * An amount of yuan (decimal text) converted to 元/万元/亿元 and rounded half away from zero, exactly.
 * With 'auto', a value that rounds up to 10,000 of its unit moves to the next unit
 * (99,999,999.995 元 → 1.00 亿元, not 10,000.00 万元).
 */
export function formatAmountParts(amount: string, lang: Lang, options: AmountFormatOptions = {}): FormattedAmount {
  const digits = options.digits ?? 2;
  const auto = (options.unit ?? 'auto') === 'auto';
  let unit: AmountUnit = auto ? pickAmountUnit(amount) : (options.unit as AmountUnit);
  let fixed = toFixedDecimal(amount, digits, UNIT_SHIFT[unit]);
  const larger = LARGER_UNIT[unit];
  if (auto && larger && fixed.integer.length > UNIT_SHIFT.wan) {
    unit = larger;
    fixed = toFixedDecimal(amount, digits, UNIT_SHIFT[unit]);
  }
  return { value: fixedDecimalToString(fixed), unit, unitLabel: amountUnitLabel(unit, lang) };
}

/** "1,234.57万元" in Chinese, "1,234.57 10k yuan" in English. */
export function formatAmount(amount: string, lang: Lang, options: AmountFormatOptions = {}): string {
  const { value, unitLabel } = formatAmountParts(amount, lang, options);
  return lang === 'zh-CN' ? `${value}${unitLabel}` : `${value} ${unitLabel}`;
}

/** Exact yuan with two decimals and thousands separators ("1,234,567.89"), for tables of record. */
export function formatYuan(amount: string): string {
  return fixedDecimalToString(toFixedDecimal(amount, 2));
}

/**
 * An amount in the given unit as a JS number, for chart geometry only: rounded exactly first, so
 * the float is the nearest one to a short decimal and never shows artefacts like 0.30000000000000004.
 */
export function amountToNumber(amount: string, unit: AmountUnit, digits = 2): number {
  return Number(fixedDecimalToString(toFixedDecimal(amount, digits, UNIT_SHIFT[unit]), false));
}
