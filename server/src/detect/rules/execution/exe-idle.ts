import Decimal from 'decimal.js';
import { z } from 'zod';
import { paidToDateSql } from '../../../execution/payment-summary';
import { yuanText } from '../../format';
import { ladder, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { rootLineSql } from './root-line.sql';

const days = z.number().int().min(1).max(3660);

interface IdleParams extends Record<string, unknown> {
  yellowDays: number;
  redDays: number;
  minAmount: number;
}

/**
 * EXE-IDLE: a budget line (a root line; its current amount = its own amount + the change rows that
 * name it) of 1,000,000 yuan or more with no payment drawn on it (on it or on one of its change rows,
 * amount > 0, paid by the as-of date) 180 days or more after its issued_date (yellow), 270 or more
 * (red). Lines of every fiscal year count: a line of a closed year that was never drawn on is still
 * money left idle (结转结余), and an alert should not resolve only because the calendar turned.
 * For the same reason the grain is 'snapshot': a payment of any later year can resolve a line of a
 * closed year, so the rule is recomputed whole (one query) whenever its feeds change.
 */
export const exeIdle: RuleDescriptor<IdleParams> = {
  code: 'EXE-IDLE',
  version: 1,
  nameZh: '资金沉淀',
  nameEn: 'Idle budget funds',
  category: 'execution',
  entityType: 'budget_line',
  description: {
    zh: '100万元及以上的预算指标自下达之日起180天（黄）、270天（红）仍无任何支付',
    en: 'A budget line of 1,000,000 yuan or more with no payment 180 days (yellow) or 270 days (red) after it was issued',
  },
  basis:
    '推进财政资金统筹使用方案 (国发〔2015〕35号: idle funds are recovered); RULES.md defaults 180 / 270 days, for the user to tune',
  params: z.object({ yellowDays: days, redDays: days, minAmount: z.number().nonnegative().max(1e15) }),
  defaults: { yellowDays: 180, redDays: 270, minAmount: 1_000_000 },
  feeds: ['budget_lines', 'payments'],
  grain: 'snapshot',
  async compute(context) {
    const drawn = rootLineSql('d', 'b');
    const all = context.allParams();
    const result = await context.db.query<{
      line_id: string;
      fiscal_year: number;
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      doc_no: string;
      issued_date: string;
      current: string;
      idle_days: number;
      changes: string[];
    }>(
      `WITH changes AS (
         SELECT region_code, parent_line_id, sum(amount) AS amount, array_agg(line_id ORDER BY line_id) AS ids FROM budget_lines
         WHERE parent_line_id IS NOT NULL AND issued_date <= $1 GROUP BY region_code, parent_line_id
       ),
       lines AS (
         SELECT l.line_id, l.fiscal_year, l.region_code, l.agency_code, l.doc_no, l.issued_date,
                l.amount + COALESCE(c.amount, 0) AS current, COALESCE(c.ids, '{}') AS changes
         FROM budget_lines l LEFT JOIN changes c ON c.region_code = l.region_code AND c.parent_line_id = l.line_id
         WHERE l.parent_line_id IS NULL AND l.issued_date <= $1::date - $2::int
           AND ($3::text[] IS NULL OR l.region_code = ANY($3))
       ),
       drawn AS (
         -- The lines with a positive payment (their largest in a summed group), change rows mapped to their root.
         SELECT DISTINCT d.region_code, ${drawn.id} AS line_id
         FROM (SELECT DISTINCT region_code, line_id FROM ${paidToDateSql({ from: `'0001-01-01'`, asOf: '$1', regions: '$3' })} paid
               WHERE line_id <> '' AND max_amount > 0) d
         ${drawn.join}
       )
       SELECT l.line_id, l.fiscal_year, l.region_code, l.agency_code, a.agency_name, l.doc_no, l.issued_date::text,
              l.current::text, ($1::date - l.issued_date) AS idle_days, l.changes
       FROM lines l LEFT JOIN agencies a ON a.agency_code = l.agency_code
       WHERE l.current >= $4 AND NOT EXISTS (SELECT 1 FROM drawn d WHERE d.region_code = l.region_code AND d.line_id = l.line_id)
       ORDER BY l.line_id`,
      [
        context.asOf,
        Math.min(...all.map((p) => p.yellowDays)),
        context.regions,
        Math.min(...all.map((p) => p.minAmount)),
      ],
    );
    return result.rows.flatMap((row): Finding[] => {
      const p = context.paramsFor(row.region_code);
      if (new Decimal(row.current).lt(p.minAmount)) return [];
      const rung = ladder(row.idle_days, [
        ['yellow', p.yellowDays],
        ['red', p.redDays],
      ]);
      if (!rung) return [];
      const name = row.agency_name ?? row.agency_code;
      return [
        {
          severity: rung.severity,
          regionCode: row.region_code,
          entityType: 'budget_line',
          entityKey: row.line_id,
          period: String(row.fiscal_year),
          value: String(row.idle_days),
          threshold: String(rung.threshold),
          evidence: {
            lineIds: [row.line_id, ...row.changes].slice(0, 50),
            agencyCode: row.agency_code,
            docNo: row.doc_no,
            issuedDate: row.issued_date,
            currentAmount: row.current,
            idleDays: row.idle_days,
            asOf: context.asOf,
          },
          explanation: {
            zh: `${name}指标${row.line_id}（${row.doc_no}，${row.issued_date}下达，当前金额${yuanText(row.current)}元）截至${context.asOf}已${row.idle_days}天无任何支付`,
            en: `${name}: budget line ${row.line_id} (${row.doc_no}, issued ${row.issued_date}, current amount ${row.current} yuan) has had no payment in ${row.idle_days} days by ${context.asOf}`,
          },
        },
      ];
    });
  },
};
