import { z } from 'zod';
import { visibleRegion } from '../trpc/region-access';
import { procedureFor, router } from '../trpc/trpc';
import { auditPageSchema, createdUserSchema, createUserInputSchema, listAuditInputSchema, setActiveInputSchema, userSchema, usernameSchema } from './admin.schemas';
import { belowCommitteeLevelForAudit } from './region-scope';
import { ACCESS } from './roles';

const adminProcedure = procedureFor(ACCESS.settings);

/** 用户与审计日志: accounts and the audit trail, for administrators. */
export const adminRouter = router({
  users: router({
    /** The users of the administrator's region and below. */
    list: adminProcedure.output(z.array(userSchema)).query(async ({ ctx }) => {
      const [users, visible] = await Promise.all([ctx.services.admin.listUsers(), ctx.services.access.visibleRegions(ctx.user)]);
      return visible === null ? users : users.filter((u) => visible.has(u.regionCode));
    }),
    /** A new account in the administrator's region or below, with a one-time password shown once. */
    create: adminProcedure
      .input(createUserInputSchema)
      .output(createdUserSchema)
      .mutation(async ({ ctx, input }) => {
        await visibleRegion(ctx, input.regionCode);
        return ctx.services.admin.createUser(input, ctx.user);
      }),
    resetPassword: adminProcedure
      .input(z.object({ username: usernameSchema }).strict())
      .output(z.object({ oneTimePassword: z.string() }))
      .mutation(async ({ ctx, input }) => ({ oneTimePassword: await ctx.services.admin.resetPassword(input.username, ctx.user) })),
    setActive: adminProcedure
      .input(setActiveInputSchema)
      .output(userSchema)
      .mutation(({ ctx, input }) => ctx.services.admin.setActive(input.username, input.active, ctx.user)),
  }),
  audit: router({
    /** The whole log (its lines name no region): administrators of the committee's level and above. */
    list: adminProcedure
      .input(listAuditInputSchema)
      .output(auditPageSchema)
      .query(async ({ ctx, input }) => {
        if (!(await ctx.services.access.atCommitteeLevel(ctx.user))) throw belowCommitteeLevelForAudit();
        return ctx.services.admin.listAudit(input);
      }),
  }),
});
