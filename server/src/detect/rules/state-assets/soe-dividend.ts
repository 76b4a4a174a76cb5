import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor } from '../../rule-descriptor';
import { ANNUAL_PERIOD, periodReached } from './soe-periods';

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
      unpaid: string;
    }>(
      `SELECT s.enterprise_code, s.enterprise_name, s.region_code, s.period, s.dividends_due::text, s.dividends_paid::text,
              (s.dividends_due - s.dividends_paid)::text AS unpaid
       FROM soe_financials s
       WHERE s.period ~ ${ANNUAL_PERIOD} AND ${periodReached('s')} AND s.dividends_due > 0
         AND s.dividends_paid < s.dividends_due AND ($2::text[] IS NULL OR s.region_code = ANY($2))
       ORDER BY s.enterprise_code, s.period`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const { shortfall } = context.paramsFor(row.region_code);
      // (due − paid) / due > shortfall %, strictly.
      const exact = percentOf(row.unpaid, row.dividends_due)!;
      if (!exact.gt(shortfall)) return [];
      const pct = shown(exact, 'up');
      return [
        {
          severity: 'orange' as const,
          regionCode: row.region_code,
          entityType: 'enterprise',
          entityKey: row.enterprise_code,
          period: row.period,
          value: shown(exact, 'up', 6),
          threshold: shortfall.toFixed(6),
          evidence: {
            enterpriseCode: row.enterprise_code,
            periods: [row.period],
            dividendsDue: row.dividends_due,
            dividendsPaid: row.dividends_paid,
            unpaid: row.unpaid,
          },
          explanation: {
            zh: `${row.enterprise_name}${row.period}年应交国有资本收益${yuanText(row.dividends_due)}元，实交${yuanText(row.dividends_paid)}元，欠缴${yuanText(row.unpaid)}元（${pct}%），超过${shortfall}%`,
            en: `${row.enterprise_name} paid ${row.dividends_paid} of ${row.dividends_due} yuan of state capital revenue due for ${row.period}, ${row.unpaid} yuan (${pct}%) short, more than ${shortfall}%`,
          },
        },
      ];
    });
  },
};
