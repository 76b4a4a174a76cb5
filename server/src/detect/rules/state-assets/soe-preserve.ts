import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor } from '../../rule-descriptor';
import { periodReached } from './soe-periods';

/**
 * SOE-PRESERVE: 国有资本保值增值率 = state capital at the end of a period / state capital at the end of
 * the same period a year earlier (an annual report against the previous annual report, a quarter
 * against the same quarter of the previous year), below 100 % (strictly). A period without its
 * counterpart a year earlier, or whose earlier state capital is not positive, has no rate. Every
 * period that has one is judged, so a later recovery does not resolve an earlier fall.
 */
export const soePreserve: RuleDescriptor<{ ratio: number }> = {
  code: 'SOE-PRESERVE',
  version: 1,
  nameZh: '国有资本保值增值率低于100%',
  nameEn: 'State capital not preserved',
  category: 'state_assets',
  entityType: 'enterprise',
  description: {
    zh: '期末国有资本与上年同期（年报对上年年报、季报对上年同季）之比低于100%',
    en: 'State capital at period end divided by state capital at the same period a year earlier (annual against the previous annual report, a quarter against the same quarter of the previous year) is below 100%',
  },
  basis:
    '企业国有资本保值增值结果确认暂行办法 (国务院国资委令第9号): a rate below 100% means state capital was not preserved',
  params: z.object({ ratio: z.number().min(0).max(1000) }),
  defaults: { ratio: 100 },
  feeds: ['soe_financials'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      enterprise_code: string;
      enterprise_name: string;
      region_code: string;
      period: string;
      base_period: string;
      state_capital: string;
      base_capital: string;
    }>(
      `SELECT s.enterprise_code, s.enterprise_name, s.region_code, s.period, p.period AS base_period,
              s.state_capital::text, p.state_capital::text AS base_capital
       FROM soe_financials s
       JOIN soe_financials p ON p.enterprise_code = s.enterprise_code AND p.period = (left(s.period, 4)::int - 1)::text || substr(s.period, 5)
       WHERE p.state_capital > 0 AND ${periodReached('s')} AND ($2::text[] IS NULL OR s.region_code = ANY($2))
       ORDER BY s.enterprise_code, s.period`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const { ratio } = context.paramsFor(row.region_code);
      // capital / base < ratio %, strictly.
      const exact = percentOf(row.state_capital, row.base_capital)!;
      if (!exact.lt(ratio)) return [];
      const pct = shown(exact, 'down');
      return [
        {
          severity: 'yellow' as const,
          regionCode: row.region_code,
          entityType: 'enterprise',
          entityKey: row.enterprise_code,
          period: row.period,
          value: shown(exact, 'down', 6),
          threshold: ratio.toFixed(6),
          evidence: {
            enterpriseCode: row.enterprise_code,
            periods: [row.base_period, row.period],
            stateCapital: row.state_capital,
            baseStateCapital: row.base_capital,
          },
          explanation: {
            zh: `${row.enterprise_name}${row.period}期末国有资本${yuanText(row.state_capital)}元，上年同期${yuanText(row.base_capital)}元，保值增值率${pct}%，低于${ratio}%`,
            en: `${row.enterprise_name}: state capital ${row.state_capital} yuan at the end of ${row.period} against ${row.base_capital} yuan a year earlier (${row.base_period}), a preservation rate of ${pct}%, below ${ratio}%`,
          },
        },
      ];
    });
  },
};
