import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../trpc/context.types';
import { auditFilterSchema } from './admin.schemas';
import { requireAccess, requireCommitteeLevel } from './auth.routes';
import { belowCommitteeLevelForAudit } from './region-scope';
import { ACCESS } from './roles';

/** GET /api/admin/audit.csv?action=&username=&from=&to=: the audit log as a download (itself audited). */
export const adminRoutes: FastifyPluginAsync<{ admin: Services['admin']; access: Services['access'] }> = (app, options) => {
  const preHandler = [
    requireAccess(ACCESS.settings),
    requireCommitteeLevel((user) => options.access.atCommitteeLevel(user), belowCommitteeLevelForAudit),
  ];
  app.get('/api/admin/audit.csv', { preHandler }, async (request, reply) => {
    const filter = auditFilterSchema.safeParse(request.query);
    if (!filter.success) {
      const fields = filter.error.issues.map((issue) => issue.path.join('.') || 'query').join(', ');
      return reply.code(400).send({ messageZh: `导出参数无效：${fields}`, messageEn: `invalid export parameters: ${fields}` });
    }
    await options.access.audit({ actor: request.auth!.user, action: 'audit.export', target: 'csv', details: { filter: filter.data }, ip: request.ip });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`)
      .send(Readable.from(options.admin.auditCsv(filter.data)));
  });
  return Promise.resolve();
};
