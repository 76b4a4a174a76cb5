import type { Route, Routes } from '@angular/router';
import { sectionAccessGuard } from './auth/section-access.guard';
import { ADMIN_SECTION, ALERTS_SECTION, INGEST_SECTION, OVERVIEW_SECTION, PLANNED_SECTIONS } from './sections';
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
        path: ALERTS_SECTION.path,
        title: ALERTS_SECTION.titleKey,
        loadComponent: () => import('./alerts/alerts-page').then((m) => m.AlertsPage),
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
      ...PLANNED_SECTIONS.map((section): Route => ({
        path: section.path,
        title: section.titleKey,
        // Bound to the page's `section` input (withComponentInputBinding).
        data: { section: section.path },
        loadComponent: () => import('./placeholder/placeholder-page').then((m) => m.PlaceholderPage),
        ...scoped,
      })),
      { path: '**', redirectTo: OVERVIEW_SECTION.path },
    ],
  },
];
