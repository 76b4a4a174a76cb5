import type { Lang } from '../shared/i18n/lang';
import { REGION_VIEW, agencyView, type ExecutionView } from './execution-view';
import { executionText } from './execution-translate';

/** One step of the breadcrumb: where it leads, or null for the level shown. */
export interface Crumb {
  label: string;
  target: ExecutionView | null;
  testId: string;
}

/** Names for the crumbs, as far as they are loaded (codes stand in until then). */
export interface CrumbNames {
  region: string;
  agency: string | null;
}

/** region › agency › line (or "all payments"): every crumb but the last goes back to its level. */
export function buildCrumbs(view: ExecutionView, names: CrumbNames, lang: Lang): Crumb[] {
  const region: Crumb = {
    label: names.region,
    target: view.level === 'region' ? null : REGION_VIEW,
    testId: 'execution-crumb-region',
  };
  if (view.level === 'region') return [region];
  const agency: Crumb = {
    label: names.agency ?? view.agencyCode,
    target: view.level === 'agency' ? null : agencyView(view.agencyCode),
    testId: 'execution-crumb-agency',
  };
  if (view.level === 'agency') return [region, agency];
  const payments =
    view.lineId === null
      ? executionText(lang, 'execution.crumb.allPayments')
      : view.lineId === ''
        ? executionText(lang, 'execution.crumb.unattributed')
        : view.lineId;
  return [region, agency, { label: payments, target: null, testId: 'execution-crumb-payments' }];
}
