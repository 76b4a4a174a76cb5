import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { requireAccess } from '../auth/auth.routes';
import { defaultRegion, regionForbidden } from '../auth/region-scope';
import { ACCESS } from '../auth/roles';
import type { Services } from '../trpc/context.types';
import { alertFilterSchema } from './alerts.schemas';

const list = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value !== '' ? value.split(',') : undefined), schema);

/** The export's query string: the list filters, comma-separated lists, plus format and language. */
const exportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  lang: z.enum(['zh', 'en']).default('zh'),
  regionCode: alertFilterSchema.shape.regionCode,
  ruleCodes: list(alertFilterSchema.shape.ruleCodes),
  severities: list(alertFilterSchema.shape.severities),
  statuses: list(alertFilterSchema.shape.statuses),
  periodFrom: alertFilterSchema.shape.periodFrom,
  periodTo: alertFilterSchema.shape.periodTo,
  entityKey: alertFilterSchema.shape.entityKey,
  includeResolved: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/alerts/export?format=csv|xlsx&…filters: the auditors' anomaly list as a download. */
export const alertsRoutes: FastifyPluginAsync<{ alerts: Services['alerts']; access: Services['access'] }> = (app, options) => {
  app.get('/api/alerts/export', { preHandler: requireAccess(ACCESS.records) }, async (request, reply) => {
    const parsed = exportQuerySchema.safeParse(request.query);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      return reply
        .code(400)
        .send({ messageZh: `导出参数无效：${fields}`, messageEn: `invalid export parameters: ${fields}` });
    }
    const { format, lang, ...requested } = parsed.data;
    const user = request.auth!.user;
    const regionCode = defaultRegion(user, requested.regionCode);
    if (regionCode !== undefined && !(await options.access.regionVisible(user, regionCode))) {
      const refused = regionForbidden(regionCode);
      return reply.code(403).send({ messageZh: refused.messageZh, messageEn: refused.messageEn });
    }
    const filter = { ...requested, regionCode };
    // Who exported what: the filters and the number of alerts they select (the file holds exactly those).
    const { total } = await options.alerts.list({ ...filter, page: 1, pageSize: 1 });
    await options.access.audit({ actor: user, action: 'alerts.export', target: format, details: { filter, rows: total, lang }, ip: request.ip });
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'xlsx') {
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="alerts-${stamp}.xlsx"`)
        .send(Readable.from(options.alerts.exportXlsx(filter, lang, user.role)));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="alerts-${stamp}.csv"`)
      .send(Readable.from(options.alerts.exportCsv(filter, lang, user.role)));
  });
  return Promise.resolve();
};
