import { z } from 'zod';
import { ACCESS } from '../auth/roles';
import { notFound } from '../trpc/app-error';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import { alertDetailSchema, alertIdSchema, alertPageSchema, alertTransitionInputSchema, listAlertsInputSchema } from './alerts.schemas';

export const alertsRouter = router({
  list: procedureFor(ACCESS.records)
    .input(listAlertsInputSchema)
    .output(alertPageSchema)
    .query(async ({ ctx, input }) => {
      const page = await ctx.services.alerts.list({ ...input, regionCode: await visibleRegion(ctx, input.regionCode) });
      return { ...page, items: await ctx.services.alerts.maskFor(ctx.user.role, page.items) };
    }),
  get: procedureFor(ACCESS.records)
    .input(z.object({ id: alertIdSchema }))
    .output(alertDetailSchema)
    .query(async ({ ctx, input }) => {
      const alert = await ctx.services.alerts.get(input.id);
      // Another region's alert is as good as missing.
      if (!(await ctx.services.access.regionVisible(ctx.user, alert.regionCode))) throw notFound('预警', 'Alert');
      const [masked] = await ctx.services.alerts.maskFor(ctx.user.role, [alert]);
      return masked!;
    }),
  /** 核实 / 交办 / 反馈 / 办结 / 误报 / 重新核实, for one alert or many at once (all or none). */
  transition: procedureFor(ACCESS.dataWork)
    .input(alertTransitionInputSchema)
    .output(z.object({ ids: z.array(z.string()) }))
    .mutation(async ({ ctx, input }) => ({
      ids: await ctx.services.alerts.transition(input, ctx.user, (code) => ctx.services.access.regionVisible(ctx.user, code)),
    })),
});
