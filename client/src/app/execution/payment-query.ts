import type { ParamMap, Params } from '@angular/router';
import { subtractDecimal } from '../shared/format/decimal';
import type { ExecutionScope, PaymentSearchInput, PaymentSortField, SortDirection } from './execution.types';

/** The payment list's filters; null or '' means "any". Days are 'YYYY-MM-DD', amounts yuan as decimal text. */
export interface PaymentFilters {
  from: string | null;
  to: string | null;
  payee: string;
  minAmount: string | null;
  maxAmount: string | null;
  /** Leading digits of the 经济分类 / 功能分类 code (类, 款 or the full code). */
  econCode: string | null;
  funcCode: string | null;
}

export interface PaymentSort {
  field: PaymentSortField;
  direction: SortDirection;
}

/** What the payment list shows besides the agency and line: filters, sort and page. */
export interface PaymentQuery {
  filters: PaymentFilters;
  sort: PaymentSort;
  page: number;
  pageSize: number;
}

export const NO_PAYMENT_FILTERS: PaymentFilters = {
  from: null,
  to: null,
  payee: '',
  minAmount: null,
  maxAmount: null,
  econCode: null,
  funcCode: null,
};
/** Newest first, as the server sorts by default. */
export const DEFAULT_PAYMENT_SORT: PaymentSort = { field: 'payDate', direction: 'desc' };
/** The server caps a page at 100 payments. */
export const PAYMENT_PAGE_SIZES: readonly number[] = [20, 50, 100];
export const DEFAULT_PAYMENT_QUERY: PaymentQuery = {
  filters: NO_PAYMENT_FILTERS,
  sort: DEFAULT_PAYMENT_SORT,
  page: 1,
  pageSize: PAYMENT_PAGE_SIZES[0]!,
};

const SORT_FIELDS: readonly PaymentSortField[] = ['payDate', 'amount', 'payeeName', 'voucherNo'];
// The server's own patterns (execution.schemas.ts): a value it would refuse is read as absent.
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONEY = /^-?\d{1,16}(\.\d{1,2})?$/;
const CODE_PREFIX = /^\d{1,7}$/;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001F\u007F]/;
const MAX_PAGE = 100_000;
const MAX_PAYEE = 100;

/** The query parameter of each part of the query: `?from=2026-03-01&min=5000&sort=amount&dir=asc&page=2`. */
export const PAYMENT_PARAMS = {
  from: 'from',
  to: 'to',
  payee: 'payee',
  minAmount: 'min',
  maxAmount: 'max',
  econCode: 'econ',
  funcCode: 'func',
  sort: 'sort',
  direction: 'dir',
  page: 'page',
  pageSize: 'size',
} as const;

const valid = (value: string | null, pattern: RegExp): string | null =>
  value !== null && pattern.test(value) ? value : null;

/** Whether a − b < 0 for two decimal strings, exactly. */
const isLess = (a: string, b: string) => subtractDecimal(a, b).startsWith('-');

/**
 * The payment query a URL carries. Anything the server would refuse is left out rather than sent
 * (a hand-edited link shows the unfiltered list, not an error), and reversed ranges are put right.
 */
export function readPaymentQuery(params: ParamMap): PaymentQuery {
  let from = valid(params.get(PAYMENT_PARAMS.from), ISO_DATE);
  let to = valid(params.get(PAYMENT_PARAMS.to), ISO_DATE);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  let minAmount = valid(params.get(PAYMENT_PARAMS.minAmount), MONEY);
  let maxAmount = valid(params.get(PAYMENT_PARAMS.maxAmount), MONEY);
  if (minAmount !== null && maxAmount !== null && isLess(maxAmount, minAmount)) [minAmount, maxAmount] = [maxAmount, minAmount];
  const payee = (params.get(PAYMENT_PARAMS.payee) ?? '').trim();

  const field = params.get(PAYMENT_PARAMS.sort);
  const sortField = SORT_FIELDS.find((candidate) => candidate === field) ?? DEFAULT_PAYMENT_SORT.field;
  const direction = params.get(PAYMENT_PARAMS.direction);
  const page = Number(params.get(PAYMENT_PARAMS.page));
  const pageSize = Number(params.get(PAYMENT_PARAMS.pageSize));
  return {
    filters: {
      from,
      to,
      payee: payee.length <= MAX_PAYEE && !CONTROL.test(payee) ? payee : '',
      minAmount,
      maxAmount,
      econCode: valid(params.get(PAYMENT_PARAMS.econCode), CODE_PREFIX),
      funcCode: valid(params.get(PAYMENT_PARAMS.funcCode), CODE_PREFIX),
    },
    sort: { field: sortField, direction: direction === 'asc' || direction === 'desc' ? direction : 'desc' },
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
    pageSize: PAYMENT_PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAYMENT_QUERY.pageSize,
  };
}

/**
 * The query as URL parameters, defaults left out (null removes a parameter when merged), so that
 * the plain list has a short link.
 */
export function paymentQueryParams(query: PaymentQuery | null): Params {
  const { filters, sort, page, pageSize } = query ?? DEFAULT_PAYMENT_QUERY;
  const isDefaultSort = sort.field === DEFAULT_PAYMENT_SORT.field && sort.direction === DEFAULT_PAYMENT_SORT.direction;
  return {
    [PAYMENT_PARAMS.from]: filters.from,
    [PAYMENT_PARAMS.to]: filters.to,
    [PAYMENT_PARAMS.payee]: filters.payee.trim() || null,
    [PAYMENT_PARAMS.minAmount]: filters.minAmount,
    [PAYMENT_PARAMS.maxAmount]: filters.maxAmount,
    [PAYMENT_PARAMS.econCode]: filters.econCode,
    [PAYMENT_PARAMS.funcCode]: filters.funcCode,
    [PAYMENT_PARAMS.sort]: isDefaultSort ? null : sort.field,
    [PAYMENT_PARAMS.direction]: isDefaultSort ? null : sort.direction,
    [PAYMENT_PARAMS.page]: page === 1 ? null : String(page),
    [PAYMENT_PARAMS.pageSize]: pageSize === DEFAULT_PAYMENT_QUERY.pageSize ? null : String(pageSize),
  };
}

/** Whether any filter narrows the list (sort and page aside). */
export function hasPaymentFilters(filters: PaymentFilters): boolean {
  return (
    filters.from !== null ||
    filters.to !== null ||
    filters.payee.trim() !== '' ||
    filters.minAmount !== null ||
    filters.maxAmount !== null ||
    filters.econCode !== null ||
    filters.funcCode !== null
  );
}

/**
 * execution.payments' input for an agency's payments: of one line (a line id), of none ('') or of
 * all (null); blank filters left out, since the server refuses an empty payee or code.
 */
export function paymentSearchInput(
  scope: ExecutionScope,
  agencyCode: string,
  lineId: string | null,
  query: PaymentQuery,
): PaymentSearchInput {
  const { filters } = query;
  const payee = filters.payee.trim();
  return {
    regionCode: scope.regionCode,
    fiscalYear: scope.fiscalYear,
    agencyCode,
    ...(lineId !== null ? { lineId } : {}),
    ...(filters.from !== null ? { from: filters.from } : {}),
    ...(filters.to !== null ? { to: filters.to } : {}),
    ...(payee !== '' ? { payee } : {}),
    ...(filters.minAmount !== null ? { minAmount: filters.minAmount } : {}),
    ...(filters.maxAmount !== null ? { maxAmount: filters.maxAmount } : {}),
    ...(filters.econCode !== null ? { econCode: filters.econCode } : {}),
    ...(filters.funcCode !== null ? { funcCode: filters.funcCode } : {}),
    sort: query.sort.field,
    direction: query.sort.direction,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** What a filter field holds once read: a value, nothing (blank), or text the server would refuse. */
export type FieldValue = { valid: true; value: string | null } | { valid: false };

/**
 * An amount typed in yuan: separators and spaces ignored ("12,345.67"), at most two decimals, a
 * leading minus allowed (reversals are negative payments). Blank is "no bound".
 */
export function readAmountField(text: string): FieldValue {
  const compact = text.replace(/[\s,，]/g, '');
  if (compact === '') return { valid: true, value: null };
  if (!MONEY.test(compact)) return { valid: false };
  return { valid: true, value: compact };
}

/** Leading digits of a classification code ("302", "30201"); blank is "any". */
export function readCodeField(text: string): FieldValue {
  const compact = text.trim();
  if (compact === '') return { valid: true, value: null };
  return CODE_PREFIX.test(compact) ? { valid: true, value: compact } : { valid: false };
}
