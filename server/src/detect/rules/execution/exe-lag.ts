import Decimal from 'decimal.js';
import { z } from 'zod';
import { agencyPaidToDateSql } from '../../../execution/payment-summary';
import { timeProgress } from '../../../execution/time-progress';
import { yuanText } from '../../format';
import { ladder, scopeYears, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { bookName } from '../../book-names';
import { percentOf, shown } from '../../percent';

const percentPoints = z.number().min(0).max(100);

interface LagParams extends Record<string, unknown> {
  yellowPoints: number;
  redPoints: number;
  minBudget: number;
}

/**
 * EXE-LAG: in the fiscal year of the as-of date, an agency's net payments per book over its current
 * budget (every budget_lines row of the agency, year and book issued by the as-of date: initial,
 * adjustments, supplements, transfers) trail time progress (序时进度, day of the as-of date included)
 * by 15 pp or more (yellow), 30 pp or more (red). Agencies with a current budget under 1,000,000
 * yuan are left out; an agency with a budget and no payment at all is 0 % executed.
 */
export const exeLag: RuleDescriptor<LagParams> = {
  code: 'EXE-LAG',
  version: 1,
  nameZh: '支出进度滞后',
  nameEn: 'Spending behind time progress',
  category: 'execution',
  entityType: 'agency',
  description: {
    zh: '当年按单位和预算类型，净支付占当前预算（年初预算加调整、追加、调剂）的比例低于序时进度15个百分点及以上（黄）、30个百分点及以上（红）；仅当前预算100万元及以上的单位',
    en: 'In the current year, per agency and book, net payments / current budget (initial plus adjustments, supplements and transfers) trail time progress by 15 pp or more (yellow) or 30 pp or more (red); only agencies with a current budget of 1,000,000 yuan or more',
  },
  basis: '预算法 第五十七条 (budgets executed on schedule); RULES.md defaults 15 / 30 pp, for the user to tune',
  params: z.object({
    yellowPoints: percentPoints,
    redPoints: percentPoints,
    minBudget: z.number().nonnegative().max(1e15),
  }),
  defaults: { yellowPoints: 15, redPoints: 30, minBudget: 1_000_000 },
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  async compute(context) {
    const year = Number(context.asOf.slice(0, 4));
    const years = scopeYears(context);
    if (years && !years.includes(year)) return [];
    const minBudget = Math.min(...context.allParams().map((p) => p.minBudget));
    const result = await context.db.query<{
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      book: string;
      current: string;
      paid: string;
    }>(
      `WITH budget AS (
         SELECT region_code, agency_code, book, sum(amount) AS current FROM budget_lines
         WHERE fiscal_year = $1 AND issued_date <= $2 AND ($3::text[] IS NULL OR region_code = ANY($3))
         GROUP BY region_code, agency_code, book HAVING sum(amount) >= $4 AND sum(amount) > 0
       ),
       paid AS (
         -- Grouped as the budget is: an agency's payments in one region are measured against its budget there.
         SELECT region_code, agency_code, book, sum(amount) AS paid
         FROM ${agencyPaidToDateSql({ from: 'make_date($1, 1, 1)', asOf: '$2', regions: '$3' })} paid
         GROUP BY region_code, agency_code, book
       )
       SELECT b.region_code, b.agency_code, a.agency_name, b.book::text, b.current::text, COALESCE(p.paid, 0.00)::text AS paid
       FROM budget b
       LEFT JOIN paid p ON p.region_code = b.region_code AND p.agency_code = b.agency_code AND p.book = b.book
       LEFT JOIN agencies a ON a.agency_code = b.agency_code
       ORDER BY b.agency_code, b.book, b.region_code`,
      [year, context.asOf, context.regions, minBudget],
    );
    const progress = new Decimal(timeProgress(year, context.asOf)).times(100);
    return result.rows.flatMap((row): Finding[] => {
      const p = context.paramsFor(row.region_code);
      if (new Decimal(row.current).lt(p.minBudget)) return [];
      // Exact: the budget is positive (HAVING), so the rate is never null.
      const rate = percentOf(row.paid, row.current)!;
      const lag = progress.minus(rate);
      const rung = ladder(lag, [
        ['yellow', p.yellowPoints],
        ['red', p.redPoints],
      ]);
      if (!rung) return [];
      const name = row.agency_name ?? row.agency_code;
      const book = bookName(row.book);
      return [
        {
          severity: rung.severity,
          regionCode: row.region_code,
          entityType: 'agency',
          entityKey: `${row.agency_code}/${row.book}`,
          period: String(year),
          value: lag.toFixed(6),
          threshold: String(rung.threshold),
          evidence: {
            agencyCode: row.agency_code,
            book: row.book,
            asOf: context.asOf,
            currentBudget: row.current,
            netPaid: row.paid,
            executionRate: rate.toFixed(6),
            timeProgress: progress.toFixed(4),
          },
          explanation: {
            zh: `${name}${book.zh}截至${context.asOf}支出${yuanText(row.paid)}元，占当前预算${yuanText(row.current)}元的${rate.toFixed(2)}%，低于序时进度${progress.toFixed(2)}%共${shown(lag, 'down')}个百分点`,
            en: `${name} (${book.en}) has paid ${row.paid} yuan by ${context.asOf}, ${rate.toFixed(2)}% of its current budget of ${row.current} yuan, ${shown(lag, 'down')} pp behind time progress of ${progress.toFixed(2)}%`,
          },
        },
      ];
    });
  },
};
