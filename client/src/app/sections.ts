import type { Role } from './auth/user';
import type { MessageKey } from './shared/i18n/zh-cn-messages';

/**
 * The dashboard's sections, in menu order: the one registry that the routes, the side menu, the
 * and the access guard read. `path` is both the route and the `nav-<path>` test id.
 */
export interface DashboardSection {
  path: string;
  /** Outline icon name, drawn by shell/shell-icon.ts (SHELL_ICONS). */
  icon: string;
  titleKey: MessageKey;
  /** Who may open it; the server refuses the others' calls (403) all the same. */
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['admin', 'staff', 'auditor', 'deputy'];
/** 人大代表 see the budget as reported, not the committee's monitoring and alert work. */
const COMMITTEE: readonly Role[] = ['admin', 'staff', 'auditor'];
/** 审计人员 read and export; loading data is the committee staff's job. */
const DATA_OFFICE: readonly Role[] = ['admin', 'staff'];

export const OVERVIEW_SECTION: DashboardSection = {
  path: 'overview',
  icon: 'dashboard',
  titleKey: 'nav.overview',
  roles: EVERYONE,
};
/** 执行监控: the committee's daily monitoring, down to each payment (not deputies). */
export const EXECUTION_SECTION: DashboardSection = {
  path: 'execution',
  icon: 'line-chart',
  titleKey: 'nav.execution',
  roles: COMMITTEE,
};
/** 收入: collections against the budget and time progress, by book, month, sub-region and revenue code; open to every role. */
export const REVENUE_SECTION: DashboardSection = {
  path: 'revenue',
  icon: 'account-book',
  titleKey: 'nav.revenue',
  roles: EVERYONE,
};
/** 政府债务: limits, balances and risk ratios against the debt rules' lines; open to every role. */
export const DEBT_SECTION: DashboardSection = {
  path: 'debt',
  icon: 'bank',
  titleKey: 'nav.debt',
  roles: EVERYONE,
};
/** 国有资产: enterprises' leverage, results and state capital revenue; open to every role. */
export const STATE_ASSETS_SECTION: DashboardSection = {
  path: 'state-assets',
  icon: 'apartment',
  titleKey: 'nav.stateAssets',
  roles: EVERYONE,
};
/** 社保基金: each fund's income, spending and reserve in months against the SIF lines; open to every role. */
export const SOCIAL_FUNDS_SECTION: DashboardSection = {
  path: 'social-funds',
  icon: 'safety-certificate',
  titleKey: 'nav.socialFunds',
  roles: EVERYONE,
};
export const ALERTS_SECTION: DashboardSection = {
  path: 'alerts',
  icon: 'alert',
  titleKey: 'nav.alerts',
  roles: COMMITTEE,
};
export const INGEST_SECTION: DashboardSection = {
  path: 'ingest',
  icon: 'cloud-upload',
  titleKey: 'nav.ingest',
  roles: DATA_OFFICE,
};
/** 会前审查: the budget in brief for deputies (人大代表) to read before the session; open to every role. */
export const REVIEW_SECTION: DashboardSection = {
  path: 'review',
  icon: 'audit',
  titleKey: 'nav.review',
  roles: EVERYONE,
};

/** 系统管理: accounts and the audit log, for administrators only. */
export const ADMIN_SECTION: DashboardSection = {
  path: 'admin',
  icon: 'safety-certificate',
  titleKey: 'nav.admin',
  roles: ['admin'],
};

/** The menu, in order: the staff's back office (数据接入) after the analyses, 系统管理 last. */
export const SECTIONS: readonly DashboardSection[] = [
  OVERVIEW_SECTION,
  EXECUTION_SECTION,
  REVENUE_SECTION,
  DEBT_SECTION,
  STATE_ASSETS_SECTION,
  SOCIAL_FUNDS_SECTION,
  ALERTS_SECTION,
  REVIEW_SECTION,
  INGEST_SECTION,
  ADMIN_SECTION,
];

export function findSection(path: string): DashboardSection | undefined {
  return SECTIONS.find((section) => section.path === path);
}

/** The sections `role` may open, in menu order: what its side menu lists. */
export function sectionsFor(role: Role): DashboardSection[] {
  return SECTIONS.filter((section) => section.roles.includes(role));
}

/** Where `role` lands after signing in, or when it asks for a section it may not open. */
export function firstSectionFor(role: Role): DashboardSection {
  // 总览 is open to every role; the fallback only guards against an edited registry.
  return sectionsFor(role)[0] ?? OVERVIEW_SECTION;
}
