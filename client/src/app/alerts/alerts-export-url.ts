import type { Lang } from '../shared/i18n/lang';
import { alertFilterInput, type AlertFilters, type AlertScope } from './alert-filters';

export type AlertExportFormat = 'csv' | 'xlsx';

/**
 * GET /api/alerts/export with the list's current scope and filters: lists comma-separated, the
 * export's language (zh | en) following the interface's. Empty filters are left out (= all).
 */
export function alertsExportUrl(
  format: AlertExportFormat,
  lang: Lang,
  scope: AlertScope,
  filters: AlertFilters,
): string {
  const input = alertFilterInput(scope, filters);
  const query = new URLSearchParams({ format, lang: lang === 'zh-CN' ? 'zh' : 'en' });
  if (input.regionCode) query.set('regionCode', input.regionCode);
  if (input.ruleCodes) query.set('ruleCodes', input.ruleCodes.join(','));
  if (input.severities) query.set('severities', input.severities.join(','));
  if (input.statuses) query.set('statuses', input.statuses.join(','));
  if (input.periodFrom) query.set('periodFrom', input.periodFrom);
  if (input.periodTo) query.set('periodTo', input.periodTo);
  query.set('includeResolved', String(input.includeResolved ?? false));
  return `/api/alerts/export?${query.toString()}`;
}
