// Shared by the debt ratio rules: one read of debt_balances, per region and year.
import Decimal from 'decimal.js';
import type { Reason } from '../../../ingest/parse-values';
import type { Finding, RuleContext, Severity } from '../../rule-descriptor';

/** A region's government debt in one year, both debt types together (yuan, exact). */
export interface DebtPosition {
  regionCode: string;
  fiscalYear: number;
  /** The latest month loaded in the year (of either type): the period a finding is dated. */
  period: string;
  /** Each type's latest month in the year, e.g. { general: '2026-10', special: '2026-10' }. */
  balancePeriods: Record<string, string>;
  /** Every month whose repayments and interest are summed. */
  flowPeriods: string[];
  /** Balance at each type's latest month, general + special. */
  balance: Decimal;
  generalBalance: Decimal;
  specialBalance: Decimal;
  /** Overdue at each type's latest month, both types. */
  overdue: Decimal;
  /** Principal repaid and interest paid over the year's months loaded. */
  principal: Decimal;
  interest: Decimal;
}

/**
 * The debt positions of the regions in scope for every year up to the as-of month, or for `years`
 * only (a year-grain rule's years in scope; null: all). A month counts
 * once the as-of date is in it (period ≤ the as-of month, as DEBT-OVERLIMIT reads the feed).
 * Balances and overdue amounts are stocks: each debt type's latest month in the year. Repayments and
 * interest are flows: summed over the year's months, so year to date in the as-of year.
 */
export async function debtPositions(
  context: RuleContext<unknown>,
  years: readonly number[] | null = null,
): Promise<DebtPosition[]> {
  const result = await context.db.query<{
    region_code: string;
    fiscal_year: number;
    period: string;
    balance_periods: Record<string, string>;
    flow_periods: string[];
    general_balance: string;
    special_balance: string;
    overdue: string;
    principal: string;
    interest: string;
  }>(
    `WITH rows AS (
       SELECT *, left(period, 4)::int AS fiscal_year FROM debt_balances
       WHERE period <= left($1, 7) AND ($2::text[] IS NULL OR region_code = ANY($2))
         AND ($3::int[] IS NULL OR left(period, 4)::int = ANY($3))
     ),
     latest AS (
       SELECT DISTINCT ON (region_code, debt_type, fiscal_year) region_code, debt_type, fiscal_year, period, balance, overdue_amount
       FROM rows ORDER BY region_code, debt_type, fiscal_year, period DESC
     ),
     stocks AS (
       SELECT region_code, fiscal_year, json_object_agg(debt_type, period ORDER BY debt_type) AS balance_periods,
              COALESCE(sum(balance) FILTER (WHERE debt_type = 'general'), 0) AS general_balance,
              COALESCE(sum(balance) FILTER (WHERE debt_type = 'special'), 0) AS special_balance,
              sum(overdue_amount) AS overdue
       FROM latest GROUP BY region_code, fiscal_year
     ),
     flows AS (
       SELECT region_code, fiscal_year, max(period) AS period, array_agg(DISTINCT period ORDER BY period) AS flow_periods,
              sum(principal_repaid) AS principal, sum(interest_paid) AS interest
       FROM rows GROUP BY region_code, fiscal_year
     )
     SELECT s.region_code, s.fiscal_year, f.period, s.balance_periods, f.flow_periods, s.general_balance::text,
            s.special_balance::text, s.overdue::text, f.principal::text, f.interest::text
     FROM stocks s JOIN flows f USING (region_code, fiscal_year)
     ORDER BY s.region_code, s.fiscal_year`,
    [context.asOf, context.regions, years],
  );
  return result.rows.map((row) => {
    const generalBalance = new Decimal(row.general_balance);
    const specialBalance = new Decimal(row.special_balance);
    return {
      regionCode: row.region_code,
      fiscalYear: row.fiscal_year,
      period: row.period,
      balancePeriods: row.balance_periods,
      flowPeriods: row.flow_periods,
      balance: generalBalance.plus(specialBalance),
      generalBalance,
      specialBalance,
      overdue: new Decimal(row.overdue),
      principal: new Decimal(row.principal),
      interest: new Decimal(row.interest),
    };
  });
}

/**
 * The finding of a region ratio rule (DEBT-RATIO, DEBT-SERVICE, DEBT-INTEREST, DEBT-OVERDUE): keyed by
 * region, dated by the position's year, valued by the exact ratio in percent (6 decimals shown).
 */
export function regionRatioFinding(
  position: DebtPosition,
  hit: { severity: Severity; threshold: number },
  ratio: Decimal,
  evidence: Record<string, unknown>,
  explanation: Reason,
): Finding {
  return {
    severity: hit.severity,
    regionCode: position.regionCode,
    entityType: 'region',
    entityKey: position.regionCode,
    period: String(position.fiscalYear),
    value: ratio.toFixed(6),
    threshold: String(hit.threshold),
    evidence: { regionCode: position.regionCode, fiscalYear: position.fiscalYear, ...evidence },
    explanation,
  };
}

/** The months a stock is read at ('2026-10' per debt type), once each and sorted, for evidence. */
export function balancePeriodList(position: DebtPosition): string[] {
  return [...new Set(Object.values(position.balancePeriods))].sort();
}

/** '2026-10' → '2026年10月末'. */
export function monthEndZh(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月末`;
}
