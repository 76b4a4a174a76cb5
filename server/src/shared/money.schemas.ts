import { z } from 'zod';

/**
 * Money travels as a decimal string in yuan (元) with at most two decimals, e.g. "1234567.89" or
 * "-20.00". Never a JS number: NUMERIC(18,2) values exceed float precision at provincial scale.
 */
export const moneySchema = z
  .string()
  .regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'money must be a decimal string in yuan');

/** A ratio as a decimal string (0.4512 = 45.12 %), or null where the denominator is zero. */
export const ratioSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .nullable();

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const bookSchema = z.enum(['GPB', 'GFB', 'SCB', 'SIF']);
export type Book = z.infer<typeof bookSchema>;

/** Canonical order of the four books in every table and chart (全口径预算). */
export const BOOKS: readonly Book[] = ['GPB', 'GFB', 'SCB', 'SIF'];

export const regionCodeSchema = z.string().regex(/^\d{6}(\d{3}){0,2}$/, 'region code: 6, 9 or 12 digits');
export const fiscalYearSchema = z.number().int().min(2000).max(2100);

/**
 * Free text from a request that reaches SQL or JSON: no control characters (a NUL byte cannot be
 * stored by PostgreSQL and would surface as a server error instead of a clear 400).
 */
export const plainText = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    .regex(/^[^\u0000-\u001F\u007F]*$/, 'no control characters');

/** Like plainText, but line breaks and tabs are allowed (a reply, a reason). */
export const plainTextWithBreaks = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex -- control characters but tab and line breaks are refused
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters');
