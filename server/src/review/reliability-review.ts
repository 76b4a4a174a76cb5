import Decimal from 'decimal.js';
import type pg from 'pg';
import { percentOf } from '../detect/percent';
import { budPi2 } from '../detect/rules/reliability/bud-pi2';
import { compositionVariance } from '../detect/stats/composition-variance';
import { regionSubtreeSql } from '../shared/region-subtree.sql';
import { subtreeCodes } from '../shared/subtree-regions';
import {
  AGGREGATE_EXPENDITURE_BANDS,
  AGGREGATE_REVENUE_BANDS,
  COMPOSITION_BANDS,
  bandsAsRatios,
  pefaScore,
} from './pefa-scores';
import type { ReliabilityReview, ReviewScope } from './review.schemas';
import { OWN_REVENUE, money, regionNameOf } from './review-sql';

/** A percentage (exact) as a ratio with 6 decimals. */
const asRatio = (percent: Decimal) => percent.dividedBy(100).toFixed(6);

/**
 * PEFA-style reliability of the region subtree for the last completed year up to the one in scope,
 * the whole subtree together (the rules judge each region as stored):
 * - PI-1 (BUD-PI1): the year's net payments of every book over its initial budget (年初预算);
 * - PI-2.1 (BUD-PI2): composition variance by function class of the same figures, without the
 *   classes the rule leaves out by default (227 预备费, 232 债务付息支出);
 * - PI-3.1 (REV-OUTTURN): own revenue collected over its budget, every book.
 * Completed: December loaded (payments for PI-1/PI-2; every month for PI-3).
 */
export async function reviewReliability(pool: pg.Pool, input: ReviewScope): Promise<ReliabilityReview> {
  await regionNameOf(pool, input.regionCode);
  const [spending, revenue] = await Promise.all([expenditureOutturn(pool, input), revenueOutturn(pool, input)]);
  return {
    ...spending,
    aggregateRevenue: revenue,
    bands: {
      aggregateExpenditure: bandsAsRatios(AGGREGATE_EXPENDITURE_BANDS),
      composition: bandsAsRatios(COMPOSITION_BANDS),
      aggregateRevenue: bandsAsRatios(AGGREGATE_REVENUE_BANDS),
    },
  };
}

async function expenditureOutturn(
  pool: pg.Pool,
  { regionCode, fiscalYear }: ReviewScope,
): Promise<Pick<ReliabilityReview, 'aggregateExpenditure' | 'composition'>> {
  const result = await pool.query<{
    year: number;
    code: string;
    name_zh: string | null;
    name_en: string | null;
    budget: string;
    actual: string;
  }>(
    `WITH assessed AS (
       SELECT max(s.fiscal_year) AS y FROM payment_summary s
       WHERE s.month = 12 AND s.fiscal_year <= $2 AND s.region_code = ANY($1::text[])
         AND s.fiscal_year IN (SELECT b.fiscal_year FROM budget_lines b WHERE b.line_type = 'initial' AND b.region_code = ANY($1::text[]))),
     budget AS (
       SELECT left(func_code, 3) AS code, sum(amount) AS amount FROM budget_lines
       WHERE fiscal_year = (SELECT y FROM assessed) AND line_type = 'initial' AND region_code = ANY($1::text[])
       GROUP BY 1),
     actual AS (
       SELECT left(func_code, 3) AS code, sum(amount) AS amount FROM payment_summary
       WHERE fiscal_year = (SELECT y FROM assessed) AND region_code = ANY($1::text[])
       GROUP BY 1),
     names AS (
       SELECT DISTINCT ON (code) code, name_zh, name_en FROM func_codes WHERE level = 1
       ORDER BY code, fiscal_year <= (SELECT y FROM assessed) DESC, abs(fiscal_year - (SELECT y FROM assessed)))
     SELECT (SELECT y FROM assessed) AS year, k.code, n.name_zh, n.name_en, ${money('b.amount')} AS budget, ${money('a.amount')} AS actual
     FROM (SELECT code FROM budget UNION SELECT code FROM actual) k
     LEFT JOIN budget b ON b.code = k.code LEFT JOIN actual a ON a.code = k.code LEFT JOIN names n ON n.code = k.code
     ORDER BY k.code`,
    [await subtreeCodes(pool, regionCode), fiscalYear],
  );
  const rows = result.rows;
  const year = rows[0]?.year;
  const budget = Decimal.sum(0, ...rows.map((r) => r.budget));
  const actual = Decimal.sum(0, ...rows.map((r) => r.actual));
  if (year === undefined || !budget.gt(0)) return { aggregateExpenditure: null, composition: null };

  const outturn = percentOf(actual, budget)!;
  const excluded = budPi2.defaults.excludedClasses;
  const counted = rows.filter((r) => !excluded.includes(r.code));
  const variance = compositionVariance(
    counted.map((r) => ({ functionClass: r.code, budget: r.budget, actual: r.actual })),
  );
  const nameOf = new Map(rows.map((r) => [r.code, r]));
  return {
    aggregateExpenditure: {
      fiscalYear: year,
      budget: budget.toFixed(2),
      actual: actual.toFixed(2),
      outturn: asRatio(outturn),
      score: pefaScore(outturn, AGGREGATE_EXPENDITURE_BANDS),
    },
    composition: variance && {
      fiscalYear: year,
      variance: asRatio(variance.variance),
      score: pefaScore(variance.variance, COMPOSITION_BANDS),
      excludedClasses: [...excluded],
      topClasses: variance.classes.slice(0, 5).map((c) => ({
        code: c.functionClass,
        nameZh: nameOf.get(c.functionClass)?.name_zh ?? c.functionClass,
        nameEn: nameOf.get(c.functionClass)?.name_en ?? c.functionClass,
        scaledBudget: c.scaledBudget,
        actual: c.actual,
      })),
    },
  };
}

async function revenueOutturn(
  pool: pg.Pool,
  { regionCode, fiscalYear }: ReviewScope,
): Promise<ReliabilityReview['aggregateRevenue']> {
  const result = await pool.query<{ year: number; budget: string; actual: string }>(
    `WITH tree AS ${regionSubtreeSql('$1')},
     own AS (SELECT * FROM revenue WHERE fiscal_year <= $2 AND region_code IN (SELECT region_code FROM tree) AND ${OWN_REVENUE}),
     assessed AS (SELECT max(fiscal_year) AS y FROM (SELECT fiscal_year FROM own GROUP BY 1 HAVING count(DISTINCT month) = 12) complete)
     SELECT (SELECT y FROM assessed) AS year,
            ${money(`(SELECT sum(budget_amount) FROM (SELECT DISTINCT ON (region_code, book, rev_code) budget_amount FROM own
                       WHERE fiscal_year = (SELECT y FROM assessed) ORDER BY region_code, book, rev_code, month DESC) l)`)} AS budget,
            ${money('(SELECT sum(actual_amount) FROM own WHERE fiscal_year = (SELECT y FROM assessed))')} AS actual`,
    [regionCode, fiscalYear],
  );
  const row = result.rows[0]!;
  if (row.year === null || !new Decimal(row.budget).gt(0)) return null;
  const outturn = percentOf(row.actual, row.budget)!;
  return {
    fiscalYear: row.year,
    budget: row.budget,
    actual: row.actual,
    outturn: asRatio(outturn),
    score: pefaScore(outturn, AGGREGATE_REVENUE_BANDS),
  };
}
