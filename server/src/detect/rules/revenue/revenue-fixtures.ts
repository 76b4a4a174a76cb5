// Test rows for the revenue rules.
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

export interface RevenueFixture {
  region: string;
  year?: number;
  book?: string;
  code?: string;
  /** Annual budget of the code, repeated on every month's row. */
  budget?: string;
  /** Collected in January; the later months through `through` are loaded with 0. */
  actual: string;
  through?: number;
}

/** One revenue code of a region and year, loaded for January through `through` (default 12). */
export async function collect(db: RuleTestDatabase, f: RevenueFixture): Promise<void> {
  await db.sql(
    `INSERT INTO revenue (fiscal_year, month, region_code, book, rev_code, budget_amount, actual_amount)
     SELECT $1, m, $2, $3::"Book", $4, $5, CASE WHEN m = 1 THEN $6::numeric ELSE 0 END FROM generate_series(1, $7::int) m`,
    [f.year ?? 2025, f.region, f.book ?? 'GPB', f.code ?? '10101', f.budget ?? '0.00', f.actual, f.through ?? 12],
  );
}

/** One month's row of a revenue code (added to or replacing nothing: the key must be new). */
export async function collectMonth(
  db: RuleTestDatabase,
  f: { region: string; year: number; month: number; book?: string; code?: string; budget?: string; actual: string },
): Promise<void> {
  await db.sql(
    `INSERT INTO revenue (fiscal_year, month, region_code, book, rev_code, budget_amount, actual_amount)
     VALUES ($1, $2, $3, $4::"Book", $5, $6, $7)`,
    [f.year, f.month, f.region, f.book ?? 'GPB', f.code ?? '10101', f.budget ?? '0.00', f.actual],
  );
}
