import { ACCESS } from '../auth/roles';
import { seesPayees } from '../auth/privacy';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import {
  agencyLinesInputSchema,
  agencyLinesSchema,
  agencyRankingInputSchema,
  agencyRankingSchema,
  functionBreakdownInputSchema,
  functionBreakdownSchema,
  monthlyExecutionSchema,
  monthlyInputSchema,
  paymentPageSchema,
  paymentSearchInputSchema,
} from './execution.schemas';

/** 执行监控: the committee's daily monitoring (not deputies, like the section). */
const monitor = procedureFor(ACCESS.records);

export const executionRouter = router({
  agencies: monitor
    .input(agencyRankingInputSchema)
    .output(agencyRankingSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.execution.rankAgencies(input);
    }),
  monthly: monitor
    .input(monthlyInputSchema)
    .output(monthlyExecutionSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.execution.monthly(input);
    }),
  functions: monitor
    .input(functionBreakdownInputSchema)
    .output(functionBreakdownSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.execution.functions(input);
    }),
  lines: monitor
    .input(agencyLinesInputSchema)
    .output(agencyLinesSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.execution.lines(input);
    }),
  payments: monitor
    .input(paymentSearchInputSchema)
    .output(paymentPageSchema)
    .query(async ({ ctx, input }) => {
      await visibleRegion(ctx, input.regionCode);
      return ctx.services.execution.payments(input, seesPayees(ctx.user.role));
    }),
});
