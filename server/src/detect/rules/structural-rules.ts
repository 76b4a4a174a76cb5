import Decimal from 'decimal.js';
import { z } from 'zod';
import { ladder, type RuleDescriptor } from '../rule-descriptor';
import { yuanText } from './payment-rules';

const percent = z.number().min(0).max(1000);

/** EXE-OVER: net payments drawn on a budget line exceed the line's current amount. */
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
  async compute(context) {
    const result = await context.db.query<{ line_id: string; fiscal_year: number; region_code: string; agency_code: string; current: string; paid: string; vouchers: string[] }>(
      `WITH lines AS (
         SELECT l.line_id, l.fiscal_year, l.region_code, l.agency_code, l.amount + COALESCE(c.changes, 0) AS current
         FROM budget_lines l
         LEFT JOIN (SELECT parent_line_id, sum(amount) AS changes FROM budget_lines
                    WHERE parent_line_id IS NOT NULL AND issued_date <= $1 GROUP BY parent_line_id) c ON c.parent_line_id = l.line_id
         WHERE l.parent_line_id IS NULL AND l.issued_date <= $1 AND ($2::text[] IS NULL OR l.region_code = ANY($2))
       ),
       paid AS (
         -- One pass over the payments, set-based: a sum per line drawn on.
         SELECT line_id, sum(amount) AS paid FROM payments
         WHERE line_id IS NOT NULL AND pay_date <= $1 AND ($2::text[] IS NULL OR region_code = ANY($2))
         GROUP BY line_id
       ),
       over AS (
         SELECT l.*, p.paid FROM lines l JOIN paid p ON p.line_id = l.line_id WHERE p.paid > l.current
       ),
       evidence AS (
         -- The largest payments of the lines over, in a second pass restricted to those lines.
         SELECT line_id, (array_agg(voucher_no ORDER BY amount DESC, voucher_no))[1:20] AS vouchers FROM payments
         WHERE line_id IN (SELECT line_id FROM over) AND pay_date <= $1 GROUP BY line_id
       )
       SELECT o.line_id, o.fiscal_year, o.region_code, o.agency_code, o.current::text, o.paid::text, e.vouchers
       FROM over o JOIN evidence e ON e.line_id = o.line_id ORDER BY o.line_id`,
      [context.asOf, context.regions],
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

/** DEBT-OVERLIMIT: a region's debt balance above its limit for the year and debt type. */
export const debtOverLimit: RuleDescriptor<Record<string, never>> = {
  code: 'DEBT-OVERLIMIT',
  version: 1,
  nameZh: '债务余额超限额',
  nameEn: 'Debt balance over the limit',
  category: 'debt',
  entityType: 'region',
  description: { zh: '地区债务余额超过同年同类债务限额', en: "A region's debt balance exceeds its limit for the same year and debt type" },
  basis: '预算法 第三十五条; 2015 NPC Standing Committee decision on local government debt limits',
  params: z.object({}).strict(),
  defaults: {},
  async compute(context) {
    const result = await context.db.query<{ region_code: string; debt_type: string; period: string; balance: string; limit_amount: string }>(
      `SELECT DISTINCT ON (b.region_code, b.debt_type, left(b.period, 4))
              b.region_code, b.debt_type::text, b.period, b.balance::text, l.limit_amount::text
       FROM debt_balances b
       JOIN debt_limits l ON l.region_code = b.region_code AND l.debt_type = b.debt_type AND l.fiscal_year = left(b.period, 4)::int
       WHERE b.period <= left($1, 7) AND ($2::text[] IS NULL OR b.region_code = ANY($2))
       ORDER BY b.region_code, b.debt_type, left(b.period, 4), b.period DESC`,
      [context.asOf, context.regions],
    );
    return result.rows
      .filter((row) => new Decimal(row.balance).gt(row.limit_amount))
      .map((row) => {
        const typeZh = row.debt_type === 'general' ? '一般债务' : '专项债务';
        return {
          severity: 'red' as const,
          regionCode: row.region_code,
          entityType: 'region',
          entityKey: `${row.region_code}/${row.debt_type}`,
          period: row.period,
          value: new Decimal(row.balance).toFixed(2),
          threshold: new Decimal(row.limit_amount).toFixed(2),
          evidence: { regionCode: row.region_code, debtType: row.debt_type, period: row.period },
          explanation: {
            zh: `${row.period}${typeZh}余额${yuanText(row.balance)}元，超过限额${yuanText(row.limit_amount)}元`,
            en: `${row.debt_type} debt balance ${row.balance} yuan in ${row.period} exceeds the limit of ${row.limit_amount} yuan`,
          },
        };
      });
  },
};

interface LeverageParams extends Record<string, unknown> {
  industrialWarning: number;
  industrialKey: number;
  nonIndustrialWarning: number;
  nonIndustrialKey: number;
}

/** SOE-LEVERAGE: an enterprise's liabilities / assets at or past its warning or key-supervision line. */
export const soeLeverage: RuleDescriptor<LeverageParams> = {
  code: 'SOE-LEVERAGE',
  version: 1,
  nameZh: '资产负债率超警戒线',
  nameEn: 'Leverage over the warning line',
  category: 'state_assets',
  entityType: 'enterprise',
  description: {
    zh: '国有企业最近一期资产负债率达到警戒线（工业65%、非工业70%）或重点监管线（70%、75%）',
    en: "A state-owned enterprise's latest liabilities / assets at or over the warning line (65% industrial, 70% other) or the key-supervision line (70%, 75%)",
  },
  basis: '关于加强国有企业资产负债约束的指导意见 (2018): warning line and key-supervision line',
  params: z.object({ industrialWarning: percent, industrialKey: percent, nonIndustrialWarning: percent, nonIndustrialKey: percent }),
  defaults: { industrialWarning: 65, industrialKey: 70, nonIndustrialWarning: 70, nonIndustrialKey: 75 },
  async compute(context) {
    const result = await context.db.query<{ enterprise_code: string; enterprise_name: string; region_code: string; industry_class: string; period: string; total_assets: string; total_liabilities: string; pct: string }>(
      `SELECT DISTINCT ON (enterprise_code) enterprise_code, enterprise_name, region_code, industry_class::text, period,
              total_assets::text, total_liabilities::text, round(total_liabilities * 100 / total_assets, 6)::text AS pct
       FROM soe_financials
       WHERE total_assets > 0 AND left(period, 4) <= left($1, 4) AND ($2::text[] IS NULL OR region_code = ANY($2))
       ORDER BY enterprise_code, period DESC`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const p = context.paramsFor(row.region_code);
      const industrial = row.industry_class === 'industrial';
      const hit = ladder(Number(row.pct), [
        ['yellow', industrial ? p.industrialWarning : p.nonIndustrialWarning],
        ['red', industrial ? p.industrialKey : p.nonIndustrialKey],
      ]);
      if (!hit) return [];
      const line = hit.severity === 'red' ? ['重点监管线', 'key-supervision line'] : ['警戒线', 'warning line'];
      return [
        {
          severity: hit.severity,
          regionCode: row.region_code,
          entityType: 'enterprise',
          entityKey: row.enterprise_code,
          period: row.period,
          value: row.pct,
          threshold: hit.threshold.toFixed(6),
          evidence: { enterpriseCode: row.enterprise_code, period: row.period, totalAssets: row.total_assets, totalLiabilities: row.total_liabilities },
          explanation: {
            zh: `${row.enterprise_name}${row.period}资产负债率${new Decimal(row.pct).toFixed(2)}%，达到${industrial ? '工业' : '非工业'}企业${line[0]}${hit.threshold}%`,
            en: `${row.enterprise_name}: liabilities / assets ${new Decimal(row.pct).toFixed(2)}% in ${row.period}, at or over the ${industrial ? 'industrial' : 'non-industrial'} ${line[1]} of ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
