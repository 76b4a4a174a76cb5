import { ingestRouter } from '../ingest/ingest.router';
import { overviewRouter } from '../overview/overview.router';
import { referenceRouter } from '../reference/reference.router';
import { router } from './trpc';

export const appRouter = router({
  ingest: ingestRouter,
  overview: overviewRouter,
  reference: referenceRouter,
});

export type AppRouter = typeof appRouter;
