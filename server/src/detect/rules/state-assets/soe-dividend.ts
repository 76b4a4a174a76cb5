import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import type { RuleDescriptor } from '../../rule-descriptor';
import { ANNUAL_PERIOD } from './soe-periods';

/** Exact enough for NUMERIC(18,2) amounts times a percent: no rounding in the comparison. */
const Exact = Decimal.clone({ precision: 60 });

/**
 * SOE-DIVIDEND: 国有资本收益 paid short of what is due by more than 5 % of the amount due (strictly:
 * paid exactly 95 % is not a finding). Annual reports only: the annual settlement (年度清算) is when
 * the revenue falls due, quarterly figures are prepayments (按季预缴) that the settlement squares.
 * Only where something is due (dividends_due > 0).
 */
export const soeDividend: RuleDescriptor<{ shortfall: number }> = {
  code: 'SOE-DIVIDEND',
  version: 1,
  nameZh: '国有资本收益欠缴',
  nameEn: 'State capital revenue unpaid',
  category: 'state_assets',
  entityType: 'enterprise',
  description: {
    zh: '年报实交国有资本收益少于应交数，差额超过应交数的5%（季报为预缴，不计）',
    en: 'In an annual report, state capital revenue paid falls short of the amount due by more than 5% of it (quarterly prepayments do not count)',
  },
  basis:
    '中央企业国有资本收益收取管理暂行办法 (财企〔2007〕309号); the 5% tolerance is a RULES.md default for the user to tune',
  params: z.object({ shortfall: z.number().min(0).max(100) }),
  defaults: { shortfall: 5 },
  feeds: ['soe_financials'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      enterprise_code: string;
      enterprise_name: string;
      region_code: string;
      period: string;
      dividends_due: string;
      dividends_paid: string;
      shortfall_pct: string;
    }>(
      `SELECT enterprise_code, enterprise_name, region_code, period, dividends_due::text, dividends_paid::text,
              round((dividends_due - dividends_paid) * 100 / dividends_due, 6)::text AS shortfall_pct
       FROM soe_financials
       WHERE period ~ ${ANNUAL_PERIOD} AND left(period, 4) <= left($1, 4) AND dividends_due > 0
         AND dividends_paid < dividends_due AND ($2::text[] IS NULL OR region_code = ANY($2))
       ORDER BY enterprise_code, period`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const { shortfall } = context.paramsFor(row.region_code);
      // (due − paid) / due > shortfall %, compared without division.
      const unpaid = new Exact(row.dividends_due).minus(row.dividends_paid);
      if (!unpaid.times(100).gt(new Exact(row.dividends_due).times(shortfall))) return [];
      const pct = new Decimal(row.shortfall_pct).toFixed(2);
      return [
        {
          severity: 'orange' as const,
          regionCode: row.region_code,
          entityType: 'enterprise',
          entityKey: row.enterprise_code,
          period: row.period,
          value: row.shortfall_pct,
          threshold: shortfall.toFixed(6),
          evidence: {
            enterpriseCode: row.enterprise_code,
            periods: [row.period],
            dividendsDue: row.dividends_due,
            dividendsPaid: row.dividends_paid,
            unpaid: unpaid.toFixed(2),
          },
          explanation: {
            zh: `${row.enterprise_name}${row.period}年应交国有资本收益${yuanText(row.dividends_due)}元，实交${yuanText(row.dividends_paid)}元，欠缴${yuanText(unpaid.toFixed(2))}元（${pct}%），超过${shortfall}%`,
            en: `${row.enterprise_name} paid ${row.dividends_paid} of ${row.dividends_due} yuan of state capital revenue due for ${row.period}, ${unpaid.toFixed(2)} yuan (${pct}%) short, more than ${shortfall}%`,
          },
        },
      ];
    });
  },
};
