// 综合财力, the denominator of DEBT-RATIO and DEBT-SERVICE.
import Decimal from 'decimal.js';
import type { RuleContext } from '../../rule-descriptor';
import { debtPositions, type DebtPosition } from './debt-positions';

export type CapacitySource = 'reported' | 'revenue_actual' | 'revenue_budget';

export interface FiscalCapacity {
  amount: Decimal;
  /** Where the figure comes from: the fiscal_capacity feed, or derived from the revenue feed. */
  source: CapacitySource;
}

/**
 * 综合财力 per region and year (key `region|year`), for the years up to the as-of year: the
 * fiscal_capacity feed's amount where loaded, else derived from the revenue feed as FEEDS.md says —
 * GPB (transfers included) + GFB + SCB, leaving out 104 贷款转贷回收本金收入 and 105 债务收入
 * (borrowed money is no capacity to carry debt). A year before the as-of year in which each book with
 * rows has all twelve months loaded counts what was collected; any other year its annual budget, so that the ratios set annual
 * stocks and flows against an annual figure (the demo's fiscal_capacity feed is built the same way).
 */
export async function fiscalCapacities(context: RuleContext<unknown>): Promise<Map<string, FiscalCapacity>> {
  const asOfYear = Number(context.asOf.slice(0, 4));
  const result = await context.db.query<{
    region_code: string;
    fiscal_year: number;
    amount: string;
    source: CapacitySource;
  }>(
    `WITH rows AS (
       SELECT * FROM revenue
       WHERE book IN ('GPB', 'GFB', 'SCB') AND rev_code !~ '^(104|105)' AND (fiscal_year, month) <= ($1, $2)
         AND ($3::text[] IS NULL OR region_code = ANY($3))
     ),
     books AS (
       SELECT region_code, fiscal_year, book, sum(actual_amount) AS actual, count(DISTINCT month) AS months
       FROM rows GROUP BY region_code, fiscal_year, book
     ),
     collected AS (
       SELECT region_code, fiscal_year, sum(actual) AS actual, bool_and(months = 12) AND fiscal_year < $1 AS complete
       FROM books GROUP BY region_code, fiscal_year
     ),
     budgeted AS (
       SELECT region_code, fiscal_year, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, book, fiscal_year, rev_code) region_code, fiscal_year, budget_amount
             FROM rows ORDER BY region_code, book, fiscal_year, rev_code, month DESC) latest
       GROUP BY region_code, fiscal_year
     ),
     derived AS (
       SELECT c.region_code, c.fiscal_year,
              CASE WHEN c.complete THEN c.actual ELSE b.budget END AS amount,
              CASE WHEN c.complete THEN 'revenue_actual' ELSE 'revenue_budget' END AS source
       FROM collected c JOIN budgeted b USING (region_code, fiscal_year)
     )
     SELECT region_code, fiscal_year, amount::text, 'reported' AS source FROM fiscal_capacity
     WHERE fiscal_year <= $1 AND ($3::text[] IS NULL OR region_code = ANY($3))
     UNION ALL
     SELECT d.region_code, d.fiscal_year, d.amount::text, d.source FROM derived d
     WHERE NOT EXISTS (SELECT 1 FROM fiscal_capacity f WHERE f.region_code = d.region_code AND f.fiscal_year = d.fiscal_year)`,
    [asOfYear, Number(context.asOf.slice(5, 7)), context.regions],
  );
  return new Map(
    result.rows.map((row) => [
      `${row.region_code}|${row.fiscal_year}`,
      { amount: new Decimal(row.amount), source: row.source },
    ]),
  );
}

/** The debt positions whose year has a positive 综合财力, each with that figure (the others are not judged). */
export async function positionsWithCapacity(
  context: RuleContext<unknown>,
): Promise<{ position: DebtPosition; capacity: FiscalCapacity }[]> {
  const [positions, capacities] = await Promise.all([debtPositions(context), fiscalCapacities(context)]);
  return positions.flatMap((position) => {
    const capacity = capacities.get(`${position.regionCode}|${position.fiscalYear}`);
    return capacity?.amount.gt(0) ? [{ position, capacity }] : [];
  });
}

/** How a capacity figure was obtained, for explanations. */
export function capacitySourceText(source: CapacitySource): { zh: string; en: string } {
  switch (source) {
    case 'reported':
      return { zh: '报送', en: 'as reported' };
    case 'revenue_actual':
      return { zh: '按收入决算推算', en: 'derived from revenue collected' };
    case 'revenue_budget':
      return { zh: '按收入预算推算', en: 'derived from the revenue budget' };
  }
}
