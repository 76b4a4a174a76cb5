import type { ParamMap, Params } from '@angular/router';
import { DEFAULT_PAYMENT_QUERY, paymentQueryParams, readPaymentQuery, type PaymentQuery } from './payment-query';

/**
 * Where the user stands in the drill-down: the region's agencies, one agency's budget lines, or a
 * list of the agency's payments (of one line, of none, or all of them).
 */
export type ExecutionView =
  | { level: 'region' }
  | { level: 'agency'; agencyCode: string }
  | {
      level: 'payments';
      agencyCode: string;
      /** A budget line id, '' for the payments naming no line, null for all of the agency's. */
      lineId: string | null;
      query: PaymentQuery;
    };

export type ExecutionLevel = ExecutionView['level'];

/**
 * Query parameters of the drill-down, beside the shell's region and year:
 * `?agency=390112901` (the agency's lines), `&view=payments` (its payments), `&line=ZB…` (of one
 * line; empty for those naming none, as the API's lineId ''), then the payment list's own.
 */
export const VIEW_PARAMS = { agency: 'agency', view: 'view', line: 'line' } as const;
const PAYMENTS_VIEW = 'payments';

// The server's patterns (execution.schemas.ts): a value it would refuse opens the level above.
const AGENCY_CODE = /^[0-9A-Za-z_-]{1,64}$/;
const LINE_ID = /^[0-9A-Za-z_./-]{1,64}$/;

export const REGION_VIEW: ExecutionView = { level: 'region' };

export function agencyView(agencyCode: string): ExecutionView {
  return { level: 'agency', agencyCode };
}

/** The payment list of an agency, unfiltered, first page. */
export function paymentsView(agencyCode: string, lineId: string | null): ExecutionView {
  return { level: 'payments', agencyCode, lineId, query: DEFAULT_PAYMENT_QUERY };
}

/** The view a URL describes; an invalid agency or line falls back to the level above. */
export function readExecutionView(params: ParamMap): ExecutionView {
  const agencyCode = params.get(VIEW_PARAMS.agency);
  if (agencyCode === null || !AGENCY_CODE.test(agencyCode)) return REGION_VIEW;
  if (params.get(VIEW_PARAMS.view) !== PAYMENTS_VIEW) return agencyView(agencyCode);
  const line = params.get(VIEW_PARAMS.line);
  const lineId = line === null || (line !== '' && !LINE_ID.test(line)) ? null : line;
  return { level: 'payments', agencyCode, lineId, query: readPaymentQuery(params) };
}

/**
 * Every drill-down parameter of `view`, those it does not use as null: merged into the current
 * URL, they replace the previous view and keep the shell's region and year.
 */
export function executionQueryParams(view: ExecutionView): Params {
  const payments = view.level === 'payments' ? view : null;
  return {
    [VIEW_PARAMS.agency]: view.level === 'region' ? null : view.agencyCode,
    [VIEW_PARAMS.view]: payments ? PAYMENTS_VIEW : null,
    [VIEW_PARAMS.line]: payments?.lineId ?? null,
    ...paymentQueryParams(payments?.query ?? null),
  };
}
