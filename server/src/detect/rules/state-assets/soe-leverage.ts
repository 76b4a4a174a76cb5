import { z } from 'zod';
import { percentOf, shown } from '../../percent';
import { ladder, type RuleDescriptor } from '../../rule-descriptor';
import { periodReached } from './soe-periods';

const percent = z.number().min(0).max(1000);

interface LeverageParams extends Record<string, unknown> {
  industrialWarning: number;
  industrialKey: number;
  nonIndustrialWarning: number;
  nonIndustrialKey: number;
}

/**
 * SOE-LEVERAGE: an enterprise's liabilities / assets in its latest report that counts at the as-of
 * date (an annual report from its year on, a quarterly one once its quarter has ended) at or past its
 * warning or key-supervision line, compared exactly.
 */
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
  params: z.object({
    industrialWarning: percent,
    industrialKey: percent,
    nonIndustrialWarning: percent,
    nonIndustrialKey: percent,
  }),
  defaults: { industrialWarning: 65, industrialKey: 70, nonIndustrialWarning: 70, nonIndustrialKey: 75 },
  feeds: ['soe_financials'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      enterprise_code: string;
      enterprise_name: string;
      region_code: string;
      industry_class: string;
      period: string;
      total_assets: string;
      total_liabilities: string;
    }>(
      `SELECT DISTINCT ON (s.enterprise_code) s.enterprise_code, s.enterprise_name, s.region_code, s.industry_class::text, s.period,
              s.total_assets::text, s.total_liabilities::text
       FROM soe_financials s
       WHERE s.total_assets > 0 AND ${periodReached('s')} AND ($2::text[] IS NULL OR s.region_code = ANY($2))
       ORDER BY s.enterprise_code, s.period DESC`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const p = context.paramsFor(row.region_code);
      const industrial = row.industry_class === 'industrial';
      const pct = percentOf(row.total_liabilities, row.total_assets)!;
      const hit = ladder(pct, [
        ['yellow', industrial ? p.industrialWarning : p.nonIndustrialWarning],
        ['red', industrial ? p.industrialKey : p.nonIndustrialKey],
      ]);
      if (!hit) return [];
      const line = hit.severity === 'red' ? ['重点监管线', 'key-supervision line'] : ['警戒线', 'warning line'];
      const text = shown(pct, 'down');
      return [
        {
          severity: hit.severity,
          regionCode: row.region_code,
          entityType: 'enterprise',
          entityKey: row.enterprise_code,
          period: row.period,
          value: shown(pct, 'down', 6),
          threshold: hit.threshold.toFixed(6),
          evidence: {
            enterpriseCode: row.enterprise_code,
            period: row.period,
            totalAssets: row.total_assets,
            totalLiabilities: row.total_liabilities,
          },
          explanation: {
            zh: `${row.enterprise_name}${row.period}资产负债率${text}%，达到${industrial ? '工业' : '非工业'}企业${line[0]}${hit.threshold}%`,
            en: `${row.enterprise_name}: liabilities / assets ${text}% in ${row.period}, at or over the ${industrial ? 'industrial' : 'non-industrial'} ${line[1]} of ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
