import Decimal from 'decimal.js';
import { z } from 'zod';
import { paidToDateSql } from '../../../execution/payment-summary';
import { yuanText } from '../../format';
import { yearEnd } from '../../../execution/time-progress';
import { scopeStart, scopeYears, type RuleDescriptor } from '../../rule-descriptor';

/**
 * EXE-NOBUDGET: a payment whose line_id is empty or names no budget line, where no budget line
 * exists for the payment's fiscal year (the year of pay_date), agency, func_code and econ_code
 * either (red). Readings:
 * - only budget lines issued by the as-of date count, as everything after it is ignored;
 * - reversals (amount ≤ 0) are not spending and are not flagged themselves;
 * - a region and year without any budget line is skipped: its budget feed has not been loaded yet
 *   (feeds arrive in any order), which is a data-quality matter, not a million unbudgeted payments.
 * The period is the payment date, but the grain is the year: a budget_lines batch can budget (or
 * un-budget) payments anywhere in its fiscal year, far from the dates it touched.
 */
export const exeNoBudget: RuleDescriptor<Record<string, never>> = {
  code: 'EXE-NOBUDGET',
  version: 1,
  nameZh: '无预算支出',
  nameEn: 'Spending without a budget',
  category: 'execution',
  entityType: 'payment',
  description: {
    zh: '支付未关联指标或关联的指标不存在，且同一年度、单位、功能分类和经济分类下没有任何预算指标',
    en: 'A payment with no or an unknown budget line, and no budget line for the same year, agency, function code and economic code',
  },
  basis: '预算法 第十三条 (no spending without a budget)',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['payments', 'budget_lines'],
  grain: 'year',
  async compute(context) {
    const years = scopeYears(context);
    const to = years ? yearEnd(Math.max(...years)) : context.asOf;
    const result = await context.db.query<{
      voucher_no: string;
      pay_date: string;
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      book: string;
      func_code: string;
      econ_code: string;
      line_id: string | null;
      payee_name: string;
      amount: string;
    }>(
      // The groups of payment_summary (year, region, agency, codes, line) with a positive payment and no
      // budget are found first; only their payments are then read, through the region/agency index.
      `WITH known AS (SELECT line_id, fiscal_year, region_code, agency_code, func_code, econ_code FROM budget_lines WHERE issued_date <= $3),
       unbudgeted AS (
         SELECT DISTINCT g.region_code, g.agency_code, g.func_code, g.econ_code, NULLIF(g.line_id, '') AS line_id, g.fiscal_year
         FROM ${paidToDateSql({ from: '$1', asOf: 'LEAST($2::date, $3::date)', regions: '$4' })} g
         WHERE g.max_amount > 0
           AND NOT EXISTS (SELECT 1 FROM known k WHERE k.region_code = g.region_code AND k.line_id = NULLIF(g.line_id, ''))
           AND NOT EXISTS (SELECT 1 FROM known k WHERE k.fiscal_year = g.fiscal_year AND k.region_code = g.region_code
                             AND k.agency_code = g.agency_code AND k.func_code = g.func_code AND k.econ_code = g.econ_code)
           AND EXISTS (SELECT 1 FROM known k WHERE k.fiscal_year = g.fiscal_year AND k.region_code = g.region_code)
       )
       SELECT p.voucher_no, p.pay_date::text, p.region_code, p.agency_code, a.agency_name, p.book::text, p.func_code,
              p.econ_code, p.line_id, p.payee_name, p.amount::text
       FROM unbudgeted u
       CROSS JOIN LATERAL (
         SELECT * FROM payments p
         WHERE p.region_code = u.region_code AND p.agency_code = u.agency_code
           AND p.pay_date BETWEEN GREATEST($1::date, make_date(u.fiscal_year, 1, 1)) AND LEAST($2::date, $3::date, make_date(u.fiscal_year, 12, 31))
           AND p.func_code = u.func_code AND p.econ_code = u.econ_code AND p.line_id IS NOT DISTINCT FROM u.line_id AND p.amount > 0
         OFFSET 0 -- keeps the lookup per group (an index search each); flattened, it became a merge join over every payment
       ) p
       LEFT JOIN agencies a ON a.agency_code = p.agency_code
       ORDER BY p.pay_date, p.voucher_no`,
      [scopeStart(context), to, context.asOf, context.regions],
    );
    return result.rows.map((row) => {
      const name = row.agency_name ?? row.agency_code;
      const line = row.line_id
        ? { zh: `所列指标${row.line_id}不存在`, en: `its budget line ${row.line_id} is unknown` }
        : { zh: '未关联指标', en: 'it names no budget line' };
      const year = row.pay_date.slice(0, 4);
      return {
        severity: 'red' as const,
        regionCode: row.region_code,
        entityType: 'payment',
        entityKey: row.voucher_no,
        period: row.pay_date,
        value: new Decimal(row.amount).toFixed(2),
        threshold: '0.00',
        evidence: {
          vouchers: [row.voucher_no],
          agencyCode: row.agency_code,
          lineId: row.line_id,
          book: row.book,
          funcCode: row.func_code,
          econCode: row.econ_code,
          payee: row.payee_name,
        },
        explanation: {
          zh: `${name}凭证${row.voucher_no}支付${yuanText(row.amount)}元，${line.zh}，且${year}年度该单位功能分类${row.func_code}、经济分类${row.econ_code}下无预算指标`,
          en: `${name} paid ${row.amount} yuan by voucher ${row.voucher_no}; ${line.en}, and the agency has no ${year} budget line for function code ${row.func_code} and economic code ${row.econ_code}`,
        },
      };
    });
  },
};
