import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { alertFilterSchema, type AlertFilter } from '../alerts/alerts.schemas';
import { exportAlertsToFile } from '../alerts/export-alerts';
import { usage } from './usage';
import { withPool } from './with-pool';

/** `export alerts --format csv|xlsx --out FILE [filters]`: the auditors' anomaly list. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      region: { type: 'string' },
      rule: { type: 'string', multiple: true },
      severity: { type: 'string', multiple: true },
      status: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'include-resolved': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'zh' },
    },
  });
  if (positionals[0] !== 'alerts' || !values.out || (values.format !== 'csv' && values.format !== 'xlsx')) {
    console.error(usage());
    return 2;
  }
  if (values.lang !== 'zh' && values.lang !== 'en') {
    console.error('--lang 只能是 zh 或 en / --lang must be zh or en');
    return 2;
  }
  let filter: AlertFilter;
  try {
    filter = alertFilterSchema.parse({
      regionCode: values.region,
      ruleCodes: values.rule?.map((code) => code.toUpperCase()),
      severities: values.severity,
      statuses: values.status,
      periodFrom: values.from,
      periodTo: values.to,
      includeResolved: values['include-resolved'],
    });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    for (const issue of error.issues)
      console.error(`筛选条件无效 / invalid filter ${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  const out = path.resolve(values.out);
  const { format, lang } = values;
  return withPool(async (pool) => {
    try {
      const rows = await exportAlertsToFile(pool, { format, out, filter, language: lang });
      console.log(`✔ 已导出${rows}条预警 / exported ${rows} alerts → ${out}`);
      return 0;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code || !['ENOENT', 'EACCES', 'EISDIR', 'EROFS', 'ENOSPC'].includes(code)) throw error;
      console.error(
        `✖ 无法写入文件 ${out}（${code}），未生成导出 / cannot write ${out} (${code}); nothing was exported`,
      );
      return 1;
    }
  });
}
