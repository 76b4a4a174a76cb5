import type { AlertStatus, ListAlertsInput, Severity } from './alert.types';

/** The shell's scope: a region (with its sub-regions) and a fiscal year. */
export interface AlertScope {
  regionCode: string;
  fiscalYear: number;
}

/** The list's own filters; an empty list means "all". */
export interface AlertFilters {
  ruleCodes: readonly string[];
  severities: readonly Severity[];
  statuses: readonly AlertStatus[];
  includeResolved: boolean;
}

export const NO_ALERT_FILTERS: AlertFilters = { ruleCodes: [], severities: [], statuses: [], includeResolved: false };

/** The server caps a page at 200 alerts. */
export const ALERT_PAGE_SIZES: readonly number[] = [20, 50, 100, 200];

export type AlertFilterInput = Omit<ListAlertsInput, 'page' | 'pageSize'>;

/**
 * The filter as alerts.list and the export take it. The year becomes the period range 'YYYY' …
 * 'YYYY' (the server compares period text, so that covers the year, its months and its days).
 */
export function alertFilterInput(scope: AlertScope, filters: AlertFilters): AlertFilterInput {
  const year = String(scope.fiscalYear);
  return {
    regionCode: scope.regionCode,
    ...(filters.ruleCodes.length > 0 ? { ruleCodes: [...filters.ruleCodes] } : {}),
    ...(filters.severities.length > 0 ? { severities: [...filters.severities] } : {}),
    ...(filters.statuses.length > 0 ? { statuses: [...filters.statuses] } : {}),
    periodFrom: year,
    periodTo: year,
    includeResolved: filters.includeResolved,
  };
}

export function alertListInput(
  scope: AlertScope,
  filters: AlertFilters,
  page: number,
  pageSize: number,
): ListAlertsInput {
  return { ...alertFilterInput(scope, filters), page, pageSize };
}

export function hasAlertFilters(filters: AlertFilters): boolean {
  return (
    filters.ruleCodes.length > 0 ||
    filters.severities.length > 0 ||
    filters.statuses.length > 0 ||
    filters.includeResolved
  );
}
