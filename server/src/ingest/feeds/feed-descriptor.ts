/** How a column's text is read and checked before it reaches the database. */
export type ColumnType =
  | 'text' // free text, trimmed
  | 'code' // classification or identifier code: string, leading zeros kept
  | 'money' // yuan, up to 2 decimals, exact
  | 'rate' // a percentage such as 2.35 (up to 4 decimals)
  | 'date' // YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or an Excel serial
  | 'int'
  | 'month' // 1–12
  | 'period' // YYYY-MM
  | 'soe_period' // YYYY or YYYY-Qn
  | 'enum';

export interface ColumnSpec {
  /** English key of the feed contract; also the database column name. */
  key: string;
  /** Chinese header of the feed contract. */
  zh: string;
  type: ColumnType;
  required: boolean;
  /** For enums: canonical value → accepted labels (the canonical value itself is always accepted). */
  values?: Readonly<Record<string, readonly string[]>>;
  /** PostgreSQL enum type to cast to, for enum columns. */
  pgEnum?: string;
  /** For codes: the accepted shape. */
  pattern?: RegExp;
  patternHint?: { zh: string; en: string };
  /** May be negative (adjustments, reversals); amounts are non-negative otherwise. */
  signed?: boolean;
  maxLength?: number;
  /** A code of a national classification; a preset for a source with its own codes skips its shape check. */
  classification?: 'func' | 'econ' | 'rev';
}

/** One data feed of shared/FEEDS.md: its table, columns and natural key. */
export interface FeedDescriptor {
  name: FeedName;
  nameZh: string;
  /** Table the rows end up in (same name as the feed). */
  table: string;
  columns: readonly ColumnSpec[];
  naturalKey: readonly string[];
  /**
   * For a table partitioned by a column outside the natural key (payments by date): the table that
   * keeps the natural key unique across partitions and tells which partition holds a key. The
   * table's key is the natural key plus `partitionColumn`.
   */
  keyRegistry?: { table: string; partitionColumn: string };
}

export type FeedName =
  | 'regions'
  | 'agencies'
  | 'budget_lines'
  | 'payments'
  | 'revenue'
  | 'debt_limits'
  | 'debt_balances'
  | 'bonds'
  | 'bond_projects'
  | 'fiscal_capacity'
  | 'soe_financials'
  | 'social_funds';
