import { alertsRouter } from '../alerts/alerts.router';
import { adminRouter } from '../auth/admin.router';
import { rulesRouter } from '../detect/rules.router';
import { executionRouter } from '../execution/execution.router';
import { ingestRouter } from '../ingest/ingest.router';
import { overviewRouter } from '../overview/overview.router';
import { referenceRouter } from '../reference/reference.router';
import { router } from './trpc';

export const appRouter = router({
  admin: adminRouter,
  alerts: alertsRouter,
  rules: rulesRouter,
  execution: executionRouter,
  ingest: ingestRouter,
  overview: overviewRouter,
  reference: referenceRouter,
});

export type AppRouter = typeof appRouter;
