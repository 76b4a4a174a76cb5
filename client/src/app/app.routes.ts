import type { Route, Routes } from '@angular/router';
import { sectionAccessGuard } from './auth/section-access.guard';
import {
  ADMIN_SECTION,
  ALERTS_SECTION,
  DEBT_SECTION,
  EXECUTION_SECTION,
  INGEST_SECTION,
  OVERVIEW_SECTION,
  REVENUE_SECTION,
  REVIEW_SECTION,
  SOCIAL_FUNDS_SECTION,
  STATE_ASSETS_SECTION,
} from './sections';
import { regionYearDefaultsGuard } from './shared/state/region-year-defaults.guard';

/** Every section page is scoped by region and year: the guard completes a URL that lacks them. */
const scoped: Pick<Route, 'canActivate' | 'runGuardsAndResolvers'> = {
  canActivate: [regionYearDefaultsGuard],
  runGuardsAndResolvers: 'paramsOrQueryParamsChange',
};

export const routes: Routes = [
  // Drawn without the frame (route data `bare`); their guards come with them.
  { path: 'login', loadChildren: () => import('./auth/auth.routes').then((m) => m.loginRoutes) },
  { path: 'password', loadChildren: () => import('./auth/auth.routes').then((m) => m.passwordRoutes) },
  {
    // One parent so that access (session, password, role) is settled before a page's own guards run:
    // guards of one route run side by side, those of parent and child one after the other.
    path: '',
    canActivateChild: [sectionAccessGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: OVERVIEW_SECTION.path },
      {
        path: OVERVIEW_SECTION.path,
        title: OVERVIEW_SECTION.titleKey,
        loadComponent: () => import('./overview/overview-page').then((m) => m.OverviewPage),
        ...scoped,
      },
      {
        path: EXECUTION_SECTION.path,
        title: EXECUTION_SECTION.titleKey,
        loadComponent: () => import('./execution/execution-page').then((m) => m.ExecutionPage),
        ...scoped,
      },
      {
        path: REVENUE_SECTION.path,
        title: REVENUE_SECTION.titleKey,
        loadComponent: () => import('./revenue/revenue-page').then((m) => m.RevenuePage),
        ...scoped,
      },
      {
        path: DEBT_SECTION.path,
        title: DEBT_SECTION.titleKey,
        loadComponent: () => import('./debt/debt-page').then((m) => m.DebtPage),
        ...scoped,
      },
      {
        path: SOCIAL_FUNDS_SECTION.path,
        title: SOCIAL_FUNDS_SECTION.titleKey,
        loadComponent: () => import('./social-funds/social-funds-page').then((m) => m.SocialFundsPage),
        ...scoped,
      },
      {
        path: STATE_ASSETS_SECTION.path,
        title: STATE_ASSETS_SECTION.titleKey,
        loadComponent: () => import('./state-assets/state-assets-page').then((m) => m.StateAssetsPage),
        ...scoped,
      },
      {
        path: ALERTS_SECTION.path,
        title: ALERTS_SECTION.titleKey,
        loadComponent: () => import('./alerts/alerts-page').then((m) => m.AlertsPage),
        ...scoped,
      },
      {
        path: REVIEW_SECTION.path,
        title: REVIEW_SECTION.titleKey,
        loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage),
        ...scoped,
      },
      {
        path: INGEST_SECTION.path,
        title: INGEST_SECTION.titleKey,
        loadComponent: () => import('./ingest/ingest-page').then((m) => m.IngestPage),
        // Not scoped by region and year itself; the guard keeps the scope in the URL for the other pages.
        ...scoped,
      },
      {
        path: ADMIN_SECTION.path,
        title: ADMIN_SECTION.titleKey,
        loadComponent: () => import('./admin/admin-page').then((m) => m.AdminPage),
        ...scoped,
      },
      { path: '**', redirectTo: OVERVIEW_SECTION.path },
    ],
  },
];
