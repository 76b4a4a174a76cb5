import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { yearEnd } from '../../../execution/time-progress';
import { percentOf, shown } from '../../percent';
import { scopeStart, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { completedScopeYears } from './completed-scope-years';

const percent = z.number().min(0).max(100);

interface SurgeParams extends Record<string, unknown> {
  yellowDecemberShare: number;
  redDecemberShare: number;
  redJanuaryToNovemberRate: number;
}

/**
 * EXE-SURGE: per agency and completed year (all books together), December's share of the year's net
 * payments above 25 % (yellow); red when in addition January–November spent less than 50 % of the
 * current budget (every budget_lines row of the agency and year) and December's share is above 50 %.
 * Both comparisons are strict, as RULES.md writes them, and exact. A year with no net spending is
 * skipped; the red test needs a positive budget. Payments and budget are grouped alike, per region
 * and agency, so an agency's payments in one region are measured against its budget there.
 */
export const exeSurge: RuleDescriptor<SurgeParams> = {
  code: 'EXE-SURGE',
  version: 1,
  nameZh: '年底突击花钱',
  nameEn: 'Year-end spending rush',
  category: 'execution',
  entityType: 'agency',
  description: {
    zh: '已结束年度按单位，12月支付超过全年支付的25%（黄）；1–11月支付不足当前预算的50%且12月支付超过全年的50%（红）',
    en: 'Per agency and completed year: December payments above 25% of the year’s payments (yellow); January–November below 50% of the current budget and December above 50% of the year’s payments (red)',
  },
  basis: '预算法 第五十七条 (budgets executed on schedule); RULES.md defaults 25 % / 50 %, for the user to tune',
  params: z.object({
    yellowDecemberShare: percent,
    redDecemberShare: percent,
    redJanuaryToNovemberRate: percent,
  }),
  defaults: { yellowDecemberShare: 25, redDecemberShare: 50, redJanuaryToNovemberRate: 50 },
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  async compute(context) {
    const scope = completedScopeYears(context);
    if (!scope) return [];
    const result = await context.db.query<{
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      year: number;
      total: string;
      december: string;
      current: string | null;
    }>(
      `WITH paid AS (
         SELECT region_code, agency_code, date_part('year', pay_date)::int AS year, sum(amount) AS total,
                COALESCE(sum(amount) FILTER (WHERE date_part('month', pay_date) = 12), 0) AS december
         FROM payments
         WHERE pay_date BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR region_code = ANY($3))
         GROUP BY region_code, agency_code, date_part('year', pay_date)
       ),
       budget AS (
         SELECT region_code, agency_code, fiscal_year AS year, sum(amount) AS current FROM budget_lines
         WHERE fiscal_year BETWEEN extract(year FROM $1::date) AND extract(year FROM $2::date) AND issued_date <= $4
           AND ($3::text[] IS NULL OR region_code = ANY($3))
         GROUP BY region_code, agency_code, fiscal_year
       )
       SELECT p.region_code, p.agency_code, a.agency_name, p.year, p.total::text, p.december::text, b.current::text
       FROM paid p
       LEFT JOIN budget b ON b.region_code = p.region_code AND b.agency_code = p.agency_code AND b.year = p.year
       LEFT JOIN agencies a ON a.agency_code = p.agency_code
       WHERE p.total > 0 AND ($5::int[] IS NULL OR p.year = ANY($5))
       ORDER BY p.agency_code, p.year, p.region_code`,
      [scopeStart(context), yearEnd(scope.last), context.regions, context.asOf, scope.years],
    );
    return result.rows.flatMap((row): Finding[] => {
      const p = context.paramsFor(row.region_code);
      // Exact; the year's total is positive (WHERE), so the share is never null.
      const share = percentOf(row.december, row.total)!;
      const januaryToNovember = new Decimal(row.total).minus(row.december);
      // January–November over the current budget, for a positive budget only.
      const rate =
        row.current !== null && new Decimal(row.current).gt(0) ? percentOf(januaryToNovember, row.current) : null;
      const rushed = share.gt(p.redDecemberShare) && rate !== null && rate.lt(p.redJanuaryToNovemberRate);
      if (!rushed && !share.gt(p.yellowDecemberShare)) return [];
      const name = row.agency_name ?? row.agency_code;
      // Strictly above: rounded up; strictly below: rounded down, so the text never reads as the threshold.
      const shareText = shown(share, 'up');
      const budgetPart = rushed
        ? {
            zh: `，1–11月仅支出当前预算${yuanText(row.current!)}元的${shown(rate, 'down')}%`,
            en: `, while January–November spent only ${shown(rate, 'down')}% of the current budget of ${row.current} yuan`,
          }
        : { zh: '', en: '' };
      return [
        {
          severity: rushed ? 'red' : 'yellow',
          regionCode: row.region_code,
          entityType: 'agency',
          entityKey: row.agency_code,
          period: String(row.year),
          value: share.toFixed(6),
          threshold: String(rushed ? p.redDecemberShare : p.yellowDecemberShare),
          evidence: {
            agencyCode: row.agency_code,
            year: row.year,
            yearPaid: row.total,
            decemberPaid: row.december,
            januaryToNovemberPaid: januaryToNovember.toFixed(2),
            currentBudget: row.current,
            decemberShare: share.toFixed(6),
            januaryToNovemberRate: rate?.toFixed(6) ?? null,
          },
          explanation: {
            zh: `${name}${row.year}年12月支付${yuanText(row.december)}元，占全年支付${yuanText(row.total)}元的${shareText}%${budgetPart.zh}`,
            en: `${name} paid ${row.december} yuan in December ${row.year}, ${shareText}% of the year's ${row.total} yuan${budgetPart.en}`,
          },
        },
      ];
    });
  },
};
