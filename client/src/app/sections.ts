import type { MessageKey } from './shared/i18n/zh-cn-messages';

/**
 * The dashboard's sections, in menu order: the one registry that the routes, the side menu and the
 * placeholder pages read. `path` is both the route and the `nav-<path>` test id.
 */
export interface DashboardSection {
  path: string;
  /** ng-zorro icon name (outline theme), registered in app.config.ts. */
  icon: string;
  titleKey: MessageKey;
  /** What the section will show; null for sections that are built. */
  summaryKey: MessageKey | null;
}

export const OVERVIEW_SECTION: DashboardSection = { path: 'overview', icon: 'dashboard', titleKey: 'nav.overview', summaryKey: null };
export const ALERTS_SECTION: DashboardSection = { path: 'alerts', icon: 'alert', titleKey: 'nav.alerts', summaryKey: null };
export const INGEST_SECTION: DashboardSection = { path: 'ingest', icon: 'cloud-upload', titleKey: 'nav.ingest', summaryKey: null };

/** The menu, in order. 数据接入 closes it: it is the staff's back office, not an analysis. */
export const SECTIONS: readonly DashboardSection[] = [
  OVERVIEW_SECTION,
  { path: 'execution', icon: 'line-chart', titleKey: 'nav.execution', summaryKey: 'section.execution.summary' },
  { path: 'revenue', icon: 'account-book', titleKey: 'nav.revenue', summaryKey: 'section.revenue.summary' },
  { path: 'debt', icon: 'bank', titleKey: 'nav.debt', summaryKey: 'section.debt.summary' },
  { path: 'state-assets', icon: 'apartment', titleKey: 'nav.stateAssets', summaryKey: 'section.stateAssets.summary' },
  { path: 'social-funds', icon: 'safety-certificate', titleKey: 'nav.socialFunds', summaryKey: 'section.socialFunds.summary' },
  ALERTS_SECTION,
  { path: 'review', icon: 'audit', titleKey: 'nav.review', summaryKey: 'section.review.summary' },
  INGEST_SECTION,
];

/** Sections announced in the menu, built in later releases: those with a summary to show instead. */
export const PLANNED_SECTIONS: readonly DashboardSection[] = SECTIONS.filter((section) => section.summaryKey !== null);

export function findSection(path: string): DashboardSection | undefined {
  return SECTIONS.find((section) => section.path === path);
}
