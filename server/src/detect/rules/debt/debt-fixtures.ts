// Test rows for the debt rules.
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

export interface BalanceFixture {
  period: string;
  region: string;
  type?: 'general' | 'special';
  balance?: string;
  principal?: string;
  interest?: string;
  overdue?: string;
}

/** One month of one debt type of a region (amounts default to 0). */
export async function debtMonth(db: RuleTestDatabase, f: BalanceFixture): Promise<void> {
  await db.sql(
    `INSERT INTO debt_balances (period, region_code, debt_type, balance, principal_repaid, interest_paid, overdue_amount)
     VALUES ($1, $2, $3::"DebtType", $4, $5, $6, $7)`,
    [
      f.period,
      f.region,
      f.type ?? 'general',
      f.balance ?? '0',
      f.principal ?? '0',
      f.interest ?? '0',
      f.overdue ?? '0',
    ],
  );
}

/** A reported 综合财力 figure. */
export async function capacity(db: RuleTestDatabase, region: string, year: number, amount: string): Promise<void> {
  await db.sql(`INSERT INTO fiscal_capacity (fiscal_year, region_code, amount) VALUES ($1, $2, $3)`, [
    year,
    region,
    amount,
  ]);
}
