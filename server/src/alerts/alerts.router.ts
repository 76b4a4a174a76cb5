import { z } from 'zod';
import { publicProcedure, router } from '../trpc/trpc';
import { alertDetailSchema, alertIdSchema, alertPageSchema, listAlertsInputSchema } from './alerts.schemas';

export const alertsRouter = router({
  list: publicProcedure
    .input(listAlertsInputSchema)
    .output(alertPageSchema)
    .query(({ ctx, input }) => ctx.services.alerts.list(input)),
  get: publicProcedure
    .input(z.object({ id: alertIdSchema }))
    .output(alertDetailSchema)
    .query(({ ctx, input }) => ctx.services.alerts.get(input.id)),
});
