// Test rows for the social fund rules: one social_funds month.
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

export interface FundMonth {
  region?: string;
  fund?: string;
  income?: string;
  expenditure?: string;
  balance?: string;
}

export const PENSION = '企业职工基本养老保险';

export async function insertFundMonth(
  db: RuleTestDatabase,
  year: number,
  month: number,
  o: FundMonth = {},
): Promise<void> {
  await db.sql(
    `INSERT INTO social_funds (fiscal_year, month, region_code, fund_type, income, expenditure, balance_end) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      year,
      month,
      o.region ?? '390100',
      o.fund ?? PENSION,
      o.income ?? '110.00',
      o.expenditure ?? '100.00',
      o.balance ?? '2000.00',
    ],
  );
}
