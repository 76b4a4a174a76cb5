import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { scopeStart, scopeYears, type RuleDescriptor } from '../../rule-descriptor';
import { paidToDateSql } from '../../../execution/payment-summary';
import { rootLineSql } from './root-line.sql';

/**
 * EXE-OVER: net payments drawn on a budget line exceed the line's current amount. A line is a root
 * line with its change rows (adjustment, supplement, transfer): its current amount is its own plus
 * theirs, and a payment drawn on one of its change rows is drawn on it.
 */
export const exeOver: RuleDescriptor<Record<string, never>> = {
  code: 'EXE-OVER',
  version: 1,
  nameZh: '超指标支出',
  nameEn: 'Spending over the budget line',
  category: 'execution',
  entityType: 'budget_line',
  description: {
    zh: '在某预算指标上的净支付超过该指标的当前金额（年初数加调整、追加、调剂）',
    en: 'Net payments drawn on a budget line exceed its current amount (initial plus adjustments, supplements and transfers)',
  },
  basis: '预算法 第十三条、第五十七条 (no spending without a budget)',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  async compute(context) {
    const years = scopeYears(context);
    const paidRoot = rootLineSql('p', 'b');
    const evidenceRoot = rootLineSql('x', 'c');
    const result = await context.db.query<{
      line_id: string;
      fiscal_year: number;
      region_code: string;
      agency_code: string;
      current: string;
      paid: string;
      vouchers: string[];
    }>(
      `WITH lines AS (
         SELECT l.line_id, l.fiscal_year, l.region_code, l.agency_code, l.amount + COALESCE(c.changes, 0) AS current
         FROM budget_lines l
         LEFT JOIN (SELECT region_code, parent_line_id, sum(amount) AS changes FROM budget_lines
                    WHERE parent_line_id IS NOT NULL AND issued_date <= $1 GROUP BY region_code, parent_line_id) c
           ON c.region_code = l.region_code AND c.parent_line_id = l.line_id
         WHERE l.parent_line_id IS NULL AND l.issued_date <= $1 AND ($2::text[] IS NULL OR l.region_code = ANY($2))
           AND ($3::int[] IS NULL OR l.fiscal_year = ANY($3))
       ),
       paid AS (
         -- Set-based, from the payment sums: a sum per line drawn on, then per root line (within a region).
         SELECT p.region_code, ${paidRoot.id} AS line_id, sum(p.paid) AS paid
         FROM (SELECT region_code, line_id, sum(amount) AS paid FROM ${paidToDateSql({ from: '$4', asOf: '$1', regions: '$2' })} paid
               WHERE line_id <> '' GROUP BY region_code, line_id) p
         ${paidRoot.join}
         GROUP BY 1, 2
       ),
       over AS (
         SELECT l.*, p.paid FROM lines l JOIN paid p ON p.region_code = l.region_code AND p.line_id = l.line_id WHERE p.paid > l.current
       ),
       evidence AS (
         -- The largest payments of the lines over (on them or on their change rows), in a second pass restricted to
         -- those: the sums tell which region and agency paid on each such line, and the (region, agency, date)
         -- index finds the payments there.
         SELECT x.region_code, ${evidenceRoot.id} AS line_id, (array_agg(x.voucher_no ORDER BY x.amount DESC, x.voucher_no))[1:20] AS vouchers
         FROM (
           SELECT DISTINCT s.region_code, s.agency_code, s.line_id FROM payment_summary s
           WHERE (s.region_code, s.line_id) IN (
               SELECT b.region_code, b.line_id FROM budget_lines b
               JOIN over o ON o.region_code = b.region_code AND o.line_id = COALESCE(b.parent_line_id, b.line_id))
             AND s.fiscal_year BETWEEN extract(year FROM $4::date)::int AND extract(year FROM $1::date)::int
             AND ($2::text[] IS NULL OR s.region_code = ANY($2))
         ) g
         CROSS JOIN LATERAL (
           SELECT x.region_code, x.voucher_no, x.amount, x.line_id FROM payments x
           WHERE x.region_code = g.region_code AND x.agency_code = g.agency_code AND x.pay_date BETWEEN $4 AND $1 AND x.line_id = g.line_id
           OFFSET 0
         ) x
         ${evidenceRoot.join}
         GROUP BY 1, 2
       )
       SELECT o.line_id, o.fiscal_year, o.region_code, o.agency_code, o.current::text, o.paid::text, e.vouchers
       FROM over o JOIN evidence e ON e.region_code = o.region_code AND e.line_id = o.line_id ORDER BY o.line_id`,
      // On an incremental run only the years in scope; a line is paid from within its own year.
      [context.asOf, context.regions, years, scopeStart(context)],
    );
    return result.rows.map((row) => ({
      severity: 'red' as const,
      regionCode: row.region_code,
      entityType: 'budget_line',
      entityKey: row.line_id,
      period: String(row.fiscal_year),
      value: new Decimal(row.paid).toFixed(2),
      threshold: new Decimal(row.current).toFixed(2),
      evidence: { lineId: row.line_id, agencyCode: row.agency_code, vouchers: row.vouchers },
      explanation: {
        zh: `指标${row.line_id}已支付${yuanText(row.paid)}元，超过指标当前金额${yuanText(row.current)}元`,
        en: `budget line ${row.line_id} has paid ${row.paid} yuan, more than its current amount of ${row.current} yuan`,
      },
    }));
  },
};
