import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import type { RuleDescriptor } from '../../rule-descriptor';

/** DEBT-OVERLIMIT: a region's debt balance above its limit for the year and debt type. */
export const debtOverLimit: RuleDescriptor<Record<string, never>> = {
  code: 'DEBT-OVERLIMIT',
  version: 1,
  nameZh: '债务余额超限额',
  nameEn: 'Debt balance over the limit',
  category: 'debt',
  entityType: 'region',
  description: {
    zh: '地区债务余额超过同年同类债务限额',
    en: "A region's debt balance exceeds its limit for the same year and debt type",
  },
  basis: '预算法 第三十五条; 2015 NPC Standing Committee decision on local government debt limits',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['debt_balances', 'debt_limits'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      region_code: string;
      debt_type: string;
      period: string;
      balance: string;
      limit_amount: string;
    }>(
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
          period: row.period.slice(0, 4),
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
