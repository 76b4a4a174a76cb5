import { z } from 'zod';
import { yuanText } from '../../format';
import { scopeYears, type RuleDescriptor } from '../../rule-descriptor';

/**
 * SIF-DEFICIT 当期收不抵支: per region, fund type and fiscal year, income from January to the latest
 * month loaded up to the as-of date is below expenditure over the same months. One finding per fund
 * and year (period 'YYYY'), judged at that year's latest month, so the alert follows the fund through
 * the year as months arrive instead of being replaced every month; a completed year is judged on its
 * twelve months. The comparison is exact and has no parameter (RULES.md: income < expenditure).
 */
export const sifDeficit: RuleDescriptor<Record<string, never>> = {
  code: 'SIF-DEFICIT',
  version: 1,
  nameZh: '当期收不抵支',
  nameEn: 'Fund spending more than its income',
  category: 'social_funds',
  entityType: 'social_fund',
  description: {
    zh: '社会保险基金年初至最近一个月的累计收入小于累计支出（按地区、险种、年度）',
    en: 'A social insurance fund’s income from January to the latest month is below its expenditure over the same months (per region, fund type and year)',
  },
  basis: 'RULES.md default (any year-to-date deficit)',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['social_funds'],
  grain: 'year',
  async compute(context) {
    const result = await context.db.query<{
      fiscal_year: number;
      region_code: string;
      fund_type: string;
      last_month: number;
      income: string;
      expenditure: string;
    }>(
      `SELECT fiscal_year, region_code, fund_type, max(month) AS last_month, sum(income)::text AS income, sum(expenditure)::text AS expenditure
       FROM social_funds
       WHERE make_date(fiscal_year, month, 1) <= $1::date AND ($2::text[] IS NULL OR region_code = ANY($2))
         AND ($3::int[] IS NULL OR fiscal_year = ANY($3))
       GROUP BY fiscal_year, region_code, fund_type
       HAVING sum(income) < sum(expenditure)
       ORDER BY region_code, fund_type, fiscal_year`,
      [context.asOf, context.regions, scopeYears(context)],
    );
    return result.rows.map((row) => {
      const months = row.last_month === 1 ? '1月' : `1—${row.last_month}月`;
      const lastPeriod = `${row.fiscal_year}-${String(row.last_month).padStart(2, '0')}`;
      return {
        severity: 'yellow' as const,
        regionCode: row.region_code,
        entityType: 'social_fund',
        entityKey: `${row.region_code}/${row.fund_type}`,
        period: String(row.fiscal_year),
        value: row.income,
        threshold: row.expenditure,
        evidence: {
          regionCode: row.region_code,
          fundType: row.fund_type,
          periods: [`${row.fiscal_year}-01`, lastPeriod],
          income: row.income,
          expenditure: row.expenditure,
        },
        explanation: {
          zh: `${row.fund_type}${row.fiscal_year}年${months}累计收入${yuanText(row.income)}元，少于累计支出${yuanText(row.expenditure)}元`,
          en: `${row.fund_type}: income of ${row.income} yuan from January to ${lastPeriod} is below expenditure of ${row.expenditure} yuan`,
        },
      };
    });
  },
};
