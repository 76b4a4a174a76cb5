import { alertsRouter } from '../alerts/alerts.router';
import { adminRouter } from '../auth/admin.router';
import { debtRouter } from '../debt/debt.router';
import { rulesRouter } from '../detect/rules.router';
import { executionRouter } from '../execution/execution.router';
import { ingestRouter } from '../ingest/ingest.router';
import { overviewRouter } from '../overview/overview.router';
import { referenceRouter } from '../reference/reference.router';
import { revenueRouter } from '../revenue/revenue.router';
import { reviewRouter } from '../review/review.router';
import { socialFundsRouter } from '../social-funds/social-funds.router';
import { stateAssetsRouter } from '../state-assets/state-assets.router';
import { router } from './trpc';

export const appRouter = router({
  admin: adminRouter,
  alerts: alertsRouter,
  rules: rulesRouter,
  execution: executionRouter,
  debt: debtRouter,
  stateAssets: stateAssetsRouter,
  ingest: ingestRouter,
  overview: overviewRouter,
  reference: referenceRouter,
  revenue: revenueRouter,
  review: reviewRouter,
  socialFunds: socialFundsRouter,
});

export type AppRouter = typeof appRouter;
