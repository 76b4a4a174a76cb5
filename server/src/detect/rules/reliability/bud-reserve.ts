import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { scopeYears, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { outsideBands } from './outside-bands';

const percent = z.number().min(0).max(100);

interface ReserveParams extends Record<string, unknown> {
  lowPercent: number;
  highPercent: number;
}

/**
 * BUD-RESERVE: per region and fiscal year (up to the as-of year), the initial general public budget
 * of function class 227 预备费 over the region's whole initial general public expenditure budget
 * (initial GPB budget_lines rows issued by the as-of date) strictly below 1 % or above 3 % (yellow;
 * 预算法 第四十条 sets the reserve at 1–3 % of the expenditure budget). Only regions that keep a GPB
 * expenditure budget are judged; among them a region without any 227 line has a 0 % reserve, which
 * the law does not allow, and is flagged.
 */
export const budReserve: RuleDescriptor<ReserveParams> = {
  code: 'BUD-RESERVE',
  version: 1,
  nameZh: '预备费比例',
  nameEn: 'Reserve fund share',
  category: 'reliability',
  entityType: 'region',
  description: {
    zh: '一般公共预算年初预备费（功能分类227）低于本级一般公共预算支出额的1%或高于3%（黄）',
    en: 'The initial reserve fund (function class 227) below 1% or above 3% of the general public expenditure budget (yellow)',
  },
  basis: '预算法 第四十条 (预备费 at 1–3 % of the general public expenditure budget)',
  params: z.object({ lowPercent: percent, highPercent: percent }),
  defaults: { lowPercent: 1, highPercent: 3 },
  feeds: ['budget_lines'],
  grain: 'year',
  async compute(context) {
    const result = await context.db.query<{
      region_code: string;
      region_name: string | null;
      fiscal_year: number;
      expenditure: string;
      reserve: string;
      line_ids: string[] | null;
    }>(
      `SELECT l.region_code, min(r.region_name) AS region_name, l.fiscal_year, sum(l.amount)::text AS expenditure,
              COALESCE(sum(l.amount) FILTER (WHERE left(l.func_code, 3) = '227'), 0.00)::text AS reserve,
              (array_agg(l.line_id ORDER BY l.line_id) FILTER (WHERE left(l.func_code, 3) = '227'))[1:50] AS line_ids
       FROM budget_lines l LEFT JOIN regions r ON r.region_code = l.region_code
       WHERE l.book = 'GPB' AND l.line_type = 'initial' AND l.issued_date <= $1 AND l.fiscal_year <= extract(year FROM $1::date)
         AND ($2::text[] IS NULL OR l.region_code = ANY($2)) AND ($3::int[] IS NULL OR l.fiscal_year = ANY($3))
       GROUP BY l.region_code, l.fiscal_year
       HAVING sum(l.amount) > 0
       ORDER BY l.region_code, l.fiscal_year`,
      [context.asOf, context.regions, scopeYears(context)],
    );
    return result.rows.flatMap((row): Finding[] => {
      const p = context.paramsFor(row.region_code);
      // Exact; the expenditure budget is positive (HAVING).
      const share = percentOf(row.reserve, row.expenditure)!;
      const hit = outsideBands(share, [['yellow', p.lowPercent, p.highPercent]]);
      if (!hit) return [];
      const name = row.region_name ?? row.region_code;
      const below = share.lt(hit.threshold);
      const side = below ? { zh: '低于', en: 'below' } : { zh: '高于', en: 'above' };
      const shareText = shown(share, below ? 'down' : 'up');
      return [
        {
          severity: hit.severity,
          regionCode: row.region_code,
          entityType: 'region',
          entityKey: row.region_code,
          period: String(row.fiscal_year),
          value: share.toFixed(6),
          threshold: String(hit.threshold),
          evidence: {
            regionCode: row.region_code,
            year: row.fiscal_year,
            reserveBudget: row.reserve,
            expenditureBudget: row.expenditure,
            lineIds: row.line_ids ?? [],
          },
          explanation: {
            zh: `${name}${row.fiscal_year}年预备费${yuanText(row.reserve)}元，占一般公共预算支出${yuanText(row.expenditure)}元的${shareText}%，${side.zh}${hit.threshold}%`,
            en: `${name}'s ${row.fiscal_year} reserve fund of ${row.reserve} yuan is ${shareText}% of its general public expenditure budget of ${row.expenditure} yuan, ${side.en} ${hit.threshold}%`,
          },
        },
      ];
    });
  },
};
