import type pg from 'pg';
import { csvCell } from '../shared/csv-cell';
import type { AuditEntryOutput, AuditFilter, AuditPage, ListAuditInput } from './admin.schemas';
import { listAuditInputSchema } from './admin.schemas';

/** The WHERE of an audit filter, with its bind parameters; days are Beijing days. */
function auditWhere(filter: AuditFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.action) clauses.push(`action = ${param(filter.action)}`);
  if (filter.username) clauses.push(`username = ${param(filter.username)}`);
  if (filter.from) clauses.push(`at >= (${param(filter.from)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (filter.to) clauses.push(`at < (${param(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const COLUMNS = `id::text, to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS at, username, action, target, details, ip`;

/** The audit log, newest first, a page at a time. */
export async function listAudit(pool: pg.Pool, input: ListAuditInput): Promise<AuditPage> {
  const { page, pageSize, ...filter } = listAuditInputSchema.parse(input);
  const { where, params } = auditWhere(filter);
  const [total, rows] = await Promise.all([
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${where}`, params),
    pool.query<AuditEntryOutput>(`SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY audit_log.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      pageSize,
      (page - 1) * pageSize,
    ]),
  ]);
  return { total: total.rows[0]!.n, items: rows.rows };
}

/** The whole filtered log as CSV (UTF-8 with BOM), oldest first, in keyset pages. */
export async function* auditCsv(pool: pg.Pool, filter: AuditFilter): AsyncGenerator<string> {
  yield '\uFEFFid,at,username,action,target,details,ip\r\n';
  const { where, params } = auditWhere(filter);
  let after = '0';
  for (;;) {
    const page = await pool.query<AuditEntryOutput>(
      `SELECT ${COLUMNS} FROM audit_log ${where ? `${where} AND` : 'WHERE'} audit_log.id > $${params.length + 1}::bigint ORDER BY audit_log.id LIMIT 2000`,
      [...params, after],
    );
    if (page.rows.length === 0) return;
    yield page.rows
      .map((r) => [r.id, r.at, r.username, r.action, r.target, JSON.stringify(r.details), r.ip].map(csvCell).join(',') + '\r\n')
      .join('');
    after = page.rows.at(-1)!.id;
  }
}
