import { after, before, beforeEach } from 'node:test';
import { rebuildPaymentSummary } from '../../execution/payment-summary';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { findRule } from '../rule-registry';
import { registerRules, runDetection, type DetectionRequest, type DetectionSummary } from '../run-detection';

/**
 * A rule test's database: migrated, with the region tree 390000 江南省 → 390100 临江市 → 390102
 * 城东区 → 390102001 东湖街道 (plus 390121 清溪县 under the city), and every feed table and the
 * alerts emptied before each test. Call once at the top of a test file.
 */
export function useRuleDatabase(): RuleTestDatabase {
  const handle = new RuleTestDatabase();
  before(async () => {
    handle.database = await createTestDatabase();
    await handle.sql(`INSERT INTO regions (region_code, region_name, parent_code, level) VALUES
      ('390000', '江南省', NULL, 'province'), ('390100', '临江市', '390000', 'city'),
      ('390102', '城东区', '390100', 'county'), ('390102001', '东湖街道', '390102', 'township'),
      ('390121', '清溪县', '390100', 'county')`);
  });
  after(() => handle.database?.drop());
  beforeEach(async () => {
    await handle.sql(`TRUNCATE payments, payment_keys, budget_lines, revenue, debt_balances, debt_limits, bonds, bond_projects, fiscal_capacity,
      soe_financials, social_funds, agencies, rule_thresholds, alerts, alert_events, ingest_batches CASCADE`);
  });
  return handle;
}

export interface PaymentFixture {
  region?: string;
  date?: string;
  agency?: string;
  book?: string;
  func?: string;
  econ?: string;
  line?: string | null;
  payee?: string;
  payeeType?: 'unit' | 'individual';
  settle?: 'transfer' | 'cash' | 'card';
}

export interface BudgetLineFixture {
  year?: number;
  region?: string;
  book?: string;
  agency?: string;
  func?: string;
  econ?: string;
  project?: string | null;
  type?: 'initial' | 'adjustment' | 'supplement' | 'transfer';
  parent?: string | null;
  issued?: string;
}

export class RuleTestDatabase {
  database: TestDatabase | undefined;

  get pool() {
    if (!this.database) throw new Error('useRuleDatabase() must be called at the top of the test file');
    return this.database.pool;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test rows of any shape
  sql(text: string, params: unknown[] = []): Promise<{ rows: any[] }> {
    return this.pool.query(text, params);
  }

  /** One payment with the columns a rule looks at and neutral values elsewhere (a working day, a unit payee, by transfer). */
  async payment(voucher: string, amount: string, o: PaymentFixture = {}): Promise<void> {
    await this.sql(
      `INSERT INTO payments (voucher_no, pay_date, region_code, book, agency_code, func_code, econ_code, line_id, payee_name, payee_type, pay_method, settle_method, amount)
       VALUES ($1, $2, $3, $4::"Book", $5, $6, $7, $8, $9, $10::"PayeeType", 'direct', $11::"SettleMethod", $12)`,
      [
        voucher,
        o.date ?? '2026-06-01',
        o.region ?? '390100',
        o.book ?? 'GPB',
        o.agency ?? 'A1',
        o.func ?? '2010101',
        o.econ ?? '30201',
        o.line ?? null,
        o.payee ?? '收款人',
        o.payeeType ?? 'unit',
        o.settle ?? 'transfer',
        amount,
      ],
    );
  }

  /** One budget line (指标); adjustment, supplement and transfer rows name their parent line. */
  async budgetLine(id: string, amount: string, o: BudgetLineFixture = {}): Promise<void> {
    await this.sql(
      `INSERT INTO budget_lines (line_id, fiscal_year, region_code, book, agency_code, func_code, econ_code, project_code, line_type, parent_line_id, amount, doc_no, issued_date)
       VALUES ($1, $2, $3, $4::"Book", $5, $6, $7, $8, $9::"LineType", $10, $11, '临财预〔2026〕1号', $12)`,
      [
        id,
        o.year ?? 2026,
        o.region ?? '390100',
        o.book ?? 'GPB',
        o.agency ?? 'A1',
        o.func ?? '2010101',
        o.econ ?? '30201',
        o.project ?? null,
        o.type ?? 'initial',
        o.parent ?? null,
        amount,
        o.issued ?? `${o.year ?? 2026}-01-10`,
      ],
    );
  }

  /**
   * Runs detection for one rule (default as-of 2026-11-20, the demo's). The fixtures write payments
   * with SQL, past the ingest pipeline that keeps payment_summary in step: it is counted again first.
   */
  async detect(
    rule: string,
    asOf = '2026-11-20',
    extra: Omit<DetectionRequest, 'ruleCodes' | 'asOf'> = {},
  ): Promise<DetectionSummary> {
    await this.syncPaymentSummary();
    return runDetection(this.pool, { ruleCodes: [rule], asOf, ...extra });
  }

  /** Counts payment_summary again from the payments the fixtures wrote. */
  async syncPaymentSummary(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await rebuildPaymentSummary(client);
    } finally {
      client.release();
    }
  }

  /** The open alerts of one rule: entity key → severity. */
  async alerts(rule: string): Promise<Record<string, string>> {
    const result = await this.sql(
      `SELECT entity_key, severity::text FROM alerts WHERE rule_code = $1 AND resolved_at IS NULL ORDER BY entity_key`,
      [rule],
    );
    return Object.fromEntries(
      result.rows.map((r: { entity_key: string; severity: string }) => [r.entity_key, r.severity]),
    );
  }

  /** The open alerts of one rule keyed `<entity key>@<period>`, for rules that raise one per period. */
  async alertsByPeriod(rule: string): Promise<Record<string, string>> {
    const result = await this.sql(
      `SELECT entity_key || '@' || period AS key, severity::text FROM alerts WHERE rule_code = $1 AND resolved_at IS NULL ORDER BY 1`,
      [rule],
    );
    return Object.fromEntries(result.rows.map((r: { key: string; severity: string }) => [r.key, r.severity]));
  }

  /** A region's parameter override for a rule, as `rules set` stores it (sub-regions inherit it). */
  async override(rule: string, region: string, params: Record<string, unknown>): Promise<void> {
    await registerRules(this.pool, [findRule(rule)!]);
    await this.sql(
      `INSERT INTO rule_thresholds (rule_code, region_code, params, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (rule_code, region_code) DO UPDATE SET params = EXCLUDED.params`,
      [rule, region, JSON.stringify(params)],
    );
  }

  /** One stored alert by rule and entity key, with its numbers as text. */
  async alert(
    rule: string,
    entityKey: string,
  ): Promise<{
    severity: string;
    period: string;
    measured_value: string;
    threshold: string;
    evidence: Record<string, unknown>;
    explanation_zh: string;
    explanation_en: string;
    params: Record<string, unknown>;
  }> {
    const result = await this.sql(
      `SELECT severity::text, period, measured_value::text, threshold::text, evidence, explanation_zh, explanation_en, params FROM alerts WHERE rule_code = $1 AND entity_key = $2`,
      [rule, entityKey],
    );
    const row = result.rows[0] as Awaited<ReturnType<RuleTestDatabase['alert']>> | undefined;
    if (!row) throw new Error(`no ${rule} alert for ${entityKey}`);
    return row;
  }
}
