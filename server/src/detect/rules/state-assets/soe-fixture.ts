// Test rows for the SOE rules: one soe_financials report with neutral figures except those given.
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

export interface SoeReport {
  region?: string;
  industry?: 'industrial' | 'non_industrial';
  totalAssets?: string;
  totalLiabilities?: string;
  netProfit?: string;
  stateCapital?: string;
  dividendsDue?: string;
  dividendsPaid?: string;
}

/** One report of `enterprise` (named `<enterprise>公司`); by default industrial, 50 % leveraged, profitable. */
export async function insertSoeReport(
  db: RuleTestDatabase,
  enterprise: string,
  period: string,
  o: SoeReport = {},
): Promise<void> {
  await db.sql(
    `INSERT INTO soe_financials (enterprise_code, period, enterprise_name, region_code, supervisor, industry_class, total_assets,
       total_liabilities, owner_equity, state_capital, revenue, total_profit, net_profit, dividends_due, dividends_paid)
     VALUES ($1::text, $2, $1::text || '公司', $3, '市国资委', $4::"IndustryClass", $5, $6, $5::numeric - $6::numeric, $7, 800.00, 0, $8, $9, $10)`,
    [
      enterprise,
      period,
      o.region ?? '390100',
      o.industry ?? 'industrial',
      o.totalAssets ?? '1000.00',
      o.totalLiabilities ?? '500.00',
      o.stateCapital ?? '400.00',
      o.netProfit ?? '10.00',
      o.dividendsDue ?? '0',
      o.dividendsPaid ?? '0',
    ],
  );
}
