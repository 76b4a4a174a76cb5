import type pg from 'pg';
import { exeSangong } from '../detect/rules/execution/exe-sangong';
import { ratio, sumMoney } from '../shared/decimal';
import { subtreeCodes } from '../shared/subtree-regions';
import type { ReviewScope, SangongTrend, SangongYear } from './review.schemas';
import { growth, money } from './review-sql';

/** The economic codes of 三公经费, as EXE-SANGONG counts them by default (the rule is their single source). */
const SANGONG_CODES: readonly string[] = exeSangong.defaults.econCodes;

/**
 * 三公经费 year by year up to the year in scope: the current budget and the net payments of the 三公
 * economic codes in the region subtree, for every year with budget lines or payments loaded. A year
 * under way counts its payments through its latest month (`throughMonth`).
 */
export async function reviewSangong(pool: pg.Pool, input: ReviewScope): Promise<SangongTrend> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeCodes(pool, regionCode);
  const [sums, names] = await Promise.all([
    pool.query<{ fiscal_year: number; code: string; budget: string; paid: string; through: number }>(
      `WITH years AS (
         SELECT fiscal_year, max(month) AS month FROM payment_summary
         WHERE fiscal_year <= $2 AND region_code = ANY($1::text[]) GROUP BY fiscal_year
         UNION
         SELECT DISTINCT fiscal_year, NULL::smallint FROM budget_lines WHERE fiscal_year <= $2 AND region_code = ANY($1::text[])),
       year_months AS (SELECT fiscal_year, max(month) AS month FROM years GROUP BY fiscal_year),
       budget AS (
         SELECT fiscal_year, econ_code, sum(amount) AS amount FROM budget_lines
         WHERE econ_code = ANY($3) AND fiscal_year <= $2 AND region_code = ANY($1::text[]) GROUP BY 1, 2),
       paid AS (
         SELECT fiscal_year, econ_code, sum(amount) AS amount FROM payment_summary
         WHERE econ_code = ANY($3) AND fiscal_year <= $2 AND region_code = ANY($1::text[]) GROUP BY 1, 2)
       SELECT y.fiscal_year, c.code, ${money('b.amount')} AS budget, ${money('p.amount')} AS paid,
              CASE WHEN y.month IS NULL THEN 0
                   WHEN y.fiscal_year < (SELECT max(l.fiscal_year) FROM payment_summary l) THEN 12
                   ELSE y.month END AS through
       FROM year_months y CROSS JOIN unnest($3::text[]) AS c(code)
       LEFT JOIN budget b ON b.fiscal_year = y.fiscal_year AND b.econ_code = c.code
       LEFT JOIN paid p ON p.fiscal_year = y.fiscal_year AND p.econ_code = c.code
       ORDER BY y.fiscal_year`,
      [regions, fiscalYear, SANGONG_CODES],
    ),
    pool.query<{ code: string; name_zh: string; name_en: string }>(
      `SELECT DISTINCT ON (code) code, name_zh, name_en FROM econ_codes WHERE code = ANY($1)
       ORDER BY code, fiscal_year <= $2 DESC, abs(fiscal_year - $2)`,
      [SANGONG_CODES, fiscalYear],
    ),
  ]);
  const years = new Map<number, SangongYear>();
  for (const row of sums.rows) {
    let year = years.get(row.fiscal_year);
    if (!year) {
      year = {
        fiscalYear: row.fiscal_year,
        throughMonth: row.through,
        budget: '0.00',
        paid: '0.00',
        paidRate: null,
        budgetGrowth: null,
        byCode: [],
      };
      years.set(row.fiscal_year, year);
    }
    const before = years.get(row.fiscal_year - 1)?.byCode.find((c) => c.code === row.code);
    year.byCode.push({
      code: row.code,
      budget: row.budget,
      paid: row.paid,
      budgetGrowth: before ? growth(row.budget, before.budget) : null,
    });
  }
  for (const year of years.values()) {
    year.byCode.sort((a, b) => SANGONG_CODES.indexOf(a.code) - SANGONG_CODES.indexOf(b.code));
    year.budget = sumMoney(year.byCode.map((c) => c.budget));
    year.paid = sumMoney(year.byCode.map((c) => c.paid));
    year.paidRate = ratio(year.paid, year.budget);
    const before = years.get(year.fiscalYear - 1);
    year.budgetGrowth = before ? growth(year.budget, before.budget) : null;
  }
  const nameOf = new Map(names.rows.map((row) => [row.code, row]));
  return {
    codes: SANGONG_CODES.map((code) => ({
      code,
      nameZh: nameOf.get(code)?.name_zh ?? code,
      nameEn: nameOf.get(code)?.name_en ?? code,
    })),
    years: [...years.values()],
  };
}
