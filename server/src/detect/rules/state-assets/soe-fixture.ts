// Test rows for the SOE rules: one soe_financials report with neutral figures except those given.
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

export interface SoeReport {
  region?: string;
  netProfit?: string;
  stateCapital?: string;
  dividendsDue?: string;
  dividendsPaid?: string;
}

export async function insertSoeReport(
  db: RuleTestDatabase,
  enterprise: string,
  period: string,
  o: SoeReport = {},
): Promise<void> {
  await db.sql(
    `INSERT INTO soe_financials (enterprise_code, period, enterprise_name, region_code, supervisor, industry_class, total_assets,
       total_liabilities, owner_equity, state_capital, revenue, total_profit, net_profit, dividends_due, dividends_paid)
     VALUES ($1::text, $2, $1::text || '公司', $3, '市国资委', 'industrial', 1000.00, 500.00, 500.00, $4, 800.00, 0, $5, $6, $7)`,
    [
      enterprise,
      period,
      o.region ?? '390100',
      o.stateCapital ?? '400.00',
      o.netProfit ?? '10.00',
      o.dividendsDue ?? '0',
      o.dividendsPaid ?? '0',
    ],
  );
}
