import Decimal from 'decimal.js';
import type pg from 'pg';
import { debtRatio } from '../detect/rules/debt/debt-ratio';
import { soeLeverage } from '../detect/rules/state-assets/soe-leverage';
import { ratio } from '../shared/decimal';
import { regionSubtreeSql } from '../shared/region-subtree.sql';
import type { DebtSummary, PositionsReview, ReviewScope, StateAssetSummary } from './review.schemas';
import { money, regionNameOf } from './review-sql';

const percentAsRatio = (percent: number) => new Decimal(percent).dividedBy(100).toString();

/**
 * Government debt and state-owned enterprises of the region subtree, in brief: the debt of the year
 * in scope against its limit and 综合财力, and the enterprises' latest annual report up to that year.
 */
export async function reviewPositions(pool: pg.Pool, input: ReviewScope): Promise<PositionsReview> {
  await regionNameOf(pool, input.regionCode);
  const [debt, stateAssets] = await Promise.all([debtSummary(pool, input), stateAssetSummary(pool, input)]);
  return { debt, stateAssets };
}

/**
 * Limit and balance summed over the subtree (the balance of each region and debt type at its latest
 * month of the year). 综合财力 per region as DEBT-RATIO takes it (detect/rules/debt/fiscal-capacity.ts):
 * the fiscal_capacity feed where loaded, else derived from revenue — GPB (transfers included) + GFB +
 * SCB, without 104 and 105 — collected when every book has twelve months, else budgeted. Null when
 * the year has neither a limit nor a balance.
 */
async function debtSummary(pool: pg.Pool, { regionCode, fiscalYear }: ReviewScope): Promise<DebtSummary | null> {
  const result = await pool.query<{
    limit_amount: string | null;
    balance: string | null;
    balance_period: string | null;
    reported: string | null;
    derived: string | null;
    derived_regions: number;
  }>(
    `WITH tree AS ${regionSubtreeSql('$1')},
     latest AS (
       SELECT DISTINCT ON (region_code, debt_type) period, balance FROM debt_balances
       WHERE left(period, 4)::int = $2 AND region_code IN (SELECT region_code FROM tree)
       ORDER BY region_code, debt_type, period DESC),
     reported AS (SELECT region_code, amount FROM fiscal_capacity WHERE fiscal_year = $2 AND region_code IN (SELECT region_code FROM tree)),
     rows AS (
       SELECT * FROM revenue WHERE fiscal_year = $2 AND book IN ('GPB', 'GFB', 'SCB') AND rev_code !~ '^(104|105)'
         AND region_code IN (SELECT region_code FROM tree) AND region_code NOT IN (SELECT region_code FROM reported)),
     books AS (SELECT region_code, book, sum(actual_amount) AS actual, count(DISTINCT month) AS months FROM rows GROUP BY 1, 2),
     collected AS (SELECT region_code, sum(actual) AS actual, bool_and(months = 12) AS complete FROM books GROUP BY 1),
     budgeted AS (
       SELECT region_code, sum(budget_amount) AS budget
       FROM (SELECT DISTINCT ON (region_code, book, rev_code) region_code, budget_amount FROM rows
             ORDER BY region_code, book, rev_code, month DESC) l
       GROUP BY 1),
     derived AS (
       SELECT CASE WHEN c.complete THEN c.actual ELSE b.budget END AS amount FROM collected c JOIN budgeted b USING (region_code))
     SELECT (SELECT sum(limit_amount)::text FROM debt_limits WHERE fiscal_year = $2 AND region_code IN (SELECT region_code FROM tree)) AS limit_amount,
            (SELECT sum(balance)::text FROM latest) AS balance, (SELECT max(period) FROM latest) AS balance_period,
            (SELECT sum(amount)::text FROM reported) AS reported, (SELECT sum(amount)::text FROM derived) AS derived,
            (SELECT count(*)::int FROM derived) AS derived_regions`,
    [regionCode, fiscalYear],
  );
  const row = result.rows[0]!;
  if (row.limit_amount === null && row.balance === null) return null;
  const capacity =
    row.reported === null && row.derived === null
      ? null
      : new Decimal(row.reported ?? 0).plus(row.derived ?? 0).toFixed(2);
  const balance = row.balance === null ? null : new Decimal(row.balance).toFixed(2);
  const limit = new Decimal(row.limit_amount ?? 0).toFixed(2);
  return {
    fiscalYear,
    limit,
    balance,
    balancePeriod: row.balance_period,
    fiscalCapacity: capacity,
    capacitySource: capacity === null ? null : row.derived_regions > 0 ? 'derived' : 'reported',
    debtRatio: balance === null || capacity === null ? null : ratio(balance, capacity),
    debtRatioLine: percentAsRatio(debtRatio.defaults.orange),
    limitUsed: balance === null ? null : ratio(balance, limit),
  };
}

/**
 * The enterprises of the subtree in one report: the latest annual period up to the year in scope,
 * else the latest quarter. Leverage compared exactly with SOE-LEVERAGE's default warning lines.
 */
async function stateAssetSummary(
  pool: pg.Pool,
  { regionCode, fiscalYear }: ReviewScope,
): Promise<StateAssetSummary | null> {
  const lines = soeLeverage.defaults;
  const result = await pool.query<{
    period: string;
    enterprises: number;
    total_assets: string;
    total_liabilities: string;
    total_profit: string;
    net_profit: string;
    over_line: number;
    loss_making: number;
  }>(
    `WITH tree AS ${regionSubtreeSql('$1')},
     pick AS (
       SELECT period FROM soe_financials WHERE region_code IN (SELECT region_code FROM tree) AND left(period, 4)::int <= $2
       ORDER BY period ~ '^[0-9]{4}$' DESC, period DESC LIMIT 1)
     SELECT s.period, count(*)::int AS enterprises, ${money('sum(s.total_assets)')} AS total_assets,
            ${money('sum(s.total_liabilities)')} AS total_liabilities, ${money('sum(s.total_profit)')} AS total_profit,
            ${money('sum(s.net_profit)')} AS net_profit,
            count(*) FILTER (WHERE s.total_assets > 0 AND s.total_liabilities * 100
                             >= s.total_assets * CASE WHEN s.industry_class = 'industrial' THEN $3::numeric ELSE $4::numeric END)::int AS over_line,
            count(*) FILTER (WHERE s.net_profit < 0)::int AS loss_making
     FROM soe_financials s JOIN pick USING (period)
     WHERE s.region_code IN (SELECT region_code FROM tree)
     GROUP BY s.period`,
    [regionCode, fiscalYear, lines.industrialWarning, lines.nonIndustrialWarning],
  );
  const row = result.rows[0];
  if (!row) return null;
  return {
    period: row.period,
    enterprises: row.enterprises,
    totalAssets: row.total_assets,
    totalLiabilities: row.total_liabilities,
    leverage: ratio(row.total_liabilities, row.total_assets),
    totalProfit: row.total_profit,
    netProfit: row.net_profit,
    overWarningLine: row.over_line,
    lossMaking: row.loss_making,
    industrialLine: percentAsRatio(lines.industrialWarning),
    otherLine: percentAsRatio(lines.nonIndustrialWarning),
  };
}
