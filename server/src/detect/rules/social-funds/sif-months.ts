import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor, Severity } from '../../rule-descriptor';

const months = z.number().min(0).max(120);

/**
 * SIF-MONTHS 可支付月数不足: balance at the end of a month / average monthly expenditure over the twelve
 * calendar months ending with it (across the year boundary), strictly below 9 (yellow) or 6 (red).
 * Judged per region, fund type and fiscal year at that year's latest month loaded up to the as-of date
 * (period 'YYYY', so the alert follows the fund through the year). Months not loaded in the window are
 * left out of the average, so a fund with less than a year of history is judged on the months it has;
 * without any expenditure in the window there is nothing to pay and no finding. Snapshot grain: a
 * correction to December changes the next year's finding too.
 */
export const sifMonths: RuleDescriptor<{ yellowBelow: number; redBelow: number }> = {
  code: 'SIF-MONTHS',
  version: 1,
  nameZh: '可支付月数不足',
  nameEn: 'Reserve covers too few months',
  category: 'social_funds',
  entityType: 'social_fund',
  description: {
    zh: '社会保险基金期末累计结余除以最近12个月月均支出，低于9个月（黄）或6个月（红）',
    en: 'A social insurance fund’s balance at month end divided by its average monthly expenditure over the last 12 months is below 9 (yellow) or 6 (red)',
  },
  basis: 'RULES.md defaults (9 and 6 months of spending in reserve), for the user to tune',
  params: z.object({ yellowBelow: months, redBelow: months }),
  defaults: { yellowBelow: 9, redBelow: 6 },
  feeds: ['social_funds'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      fiscal_year: number;
      month: number;
      region_code: string;
      fund_type: string;
      balance_end: string;
      spent: string;
      months: number;
      first_year: number;
      first_month: number;
      covered: string;
      average: string;
    }>(
      `WITH latest AS (
         SELECT DISTINCT ON (region_code, fund_type, fiscal_year) region_code, fund_type, fiscal_year, month, balance_end,
                fiscal_year * 12 + month - 1 AS month_index
         FROM social_funds
         WHERE make_date(fiscal_year, month, 1) <= $1::date AND ($2::text[] IS NULL OR region_code = ANY($2))
         ORDER BY region_code, fund_type, fiscal_year, month DESC
       ),
       spending AS (
         SELECT l.region_code, l.fund_type, l.fiscal_year, l.month, l.balance_end, sum(s.expenditure) AS spent, count(*)::int AS months,
                min(s.fiscal_year * 12 + s.month - 1) AS first_index
         FROM latest l
         JOIN social_funds s ON s.region_code = l.region_code AND s.fund_type = l.fund_type
          AND s.fiscal_year * 12 + s.month - 1 BETWEEN l.month_index - 11 AND l.month_index
         GROUP BY l.region_code, l.fund_type, l.fiscal_year, l.month, l.balance_end
       )
       SELECT fiscal_year, month, region_code, fund_type, balance_end::text, spent::text, months,
              first_index / 12 AS first_year, first_index % 12 + 1 AS first_month,
              (balance_end * months)::text AS covered, round(spent / months, 2)::text AS average
       FROM spending WHERE spent > 0
       ORDER BY region_code, fund_type, fiscal_year`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const p = context.paramsFor(row.region_code);
      // balance / (spent / months) = balance × months / spent (spent > 0), exact (percentOf's ×100 then ÷100
      // only shifts the point); strictly below a bound.
      const payable = percentOf(row.covered, row.spent)!.div(100);
      const below = (bound: number) => payable.lt(bound);
      const hit: { severity: Severity; bound: number } | null = below(p.redBelow)
        ? { severity: 'red', bound: p.redBelow }
        : below(p.yellowBelow)
          ? { severity: 'yellow', bound: p.yellowBelow }
          : null;
      if (!hit) return [];
      const period = `${row.fiscal_year}-${String(row.month).padStart(2, '0')}`;
      const from = `${row.first_year}-${String(row.first_month).padStart(2, '0')}`;
      const monthsShown = shown(payable, 'down');
      return [
        {
          severity: hit.severity,
          regionCode: row.region_code,
          entityType: 'social_fund',
          entityKey: `${row.region_code}/${row.fund_type}`,
          period: String(row.fiscal_year),
          value: shown(payable, 'down', 6),
          threshold: hit.bound.toFixed(6),
          evidence: {
            regionCode: row.region_code,
            fundType: row.fund_type,
            periods: [from, period],
            balanceEnd: row.balance_end,
            expenditure: row.spent,
            monthsAveraged: row.months,
            averageMonthlyExpenditure: row.average,
          },
          explanation: {
            zh: `${row.fund_type}${period}期末累计结余${yuanText(row.balance_end)}元，按${from}至${period}月均支出${yuanText(row.average)}元计可支付${monthsShown}个月，不足${hit.bound}个月`,
            en: `${row.fund_type}: the balance of ${row.balance_end} yuan at the end of ${period} covers ${monthsShown} months of the average monthly expenditure of ${row.average} yuan (${from} to ${period}), fewer than ${hit.bound}`,
          },
        },
      ];
    });
  },
};
