import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
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
export const alertsRoutes: FastifyPluginAsync<{ alerts: Services['alerts'] }> = (app, options) => {
  app.get('/api/alerts/export', async (request, reply) => {
    const parsed = exportQuerySchema.safeParse(request.query);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      return reply
        .code(400)
        .send({ messageZh: `导出参数无效：${fields}`, messageEn: `invalid export parameters: ${fields}` });
    }
    const { format, lang, ...filter } = parsed.data;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'xlsx') {
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="alerts-${stamp}.xlsx"`)
        .send(Readable.from(options.alerts.exportXlsx(filter, lang)));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="alerts-${stamp}.csv"`)
      .send(Readable.from(options.alerts.exportCsv(filter, lang)));
  });
  return Promise.resolve();
};
