/** The feeds of shared/FEEDS.md the demo city writes, one CSV file each (`<feed>.csv`). */
export type DemoFeed =
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

/** Header row of each feed: the English keys of FEEDS.md, in its order. */
export const FEED_HEADERS: Readonly<Record<DemoFeed, readonly string[]>> = {
  regions: ['region_code', 'region_name', 'parent_code', 'level'],
  agencies: ['agency_code', 'agency_name', 'region_code', 'parent_code', 'agency_type'],
  budget_lines: [
    'line_id',
    'fiscal_year',
    'region_code',
    'book',
    'agency_code',
    'func_code',
    'econ_code',
    'project_code',
    'project_name',
    'line_type',
    'parent_line_id',
    'amount',
    'doc_no',
    'issued_date',
  ],
  payments: [
    'voucher_no',
    'pay_date',
    'region_code',
    'book',
    'agency_code',
    'func_code',
    'econ_code',
    'project_code',
    'line_id',
    'payee_name',
    'payee_account',
    'payee_type',
    'pay_method',
    'settle_method',
    'amount',
    'purpose',
  ],
  revenue: ['fiscal_year', 'month', 'region_code', 'book', 'rev_code', 'rev_name', 'budget_amount', 'actual_amount'],
  debt_limits: ['fiscal_year', 'region_code', 'debt_type', 'limit_amount'],
  debt_balances: [
    'period',
    'region_code',
    'debt_type',
    'balance',
    'principal_repaid',
    'interest_paid',
    'overdue_amount',
  ],
  bonds: [
    'bond_code',
    'bond_name',
    'region_code',
    'debt_type',
    'purpose',
    'issue_date',
    'maturity_date',
    'coupon_rate',
    'amount',
  ],
  bond_projects: [
    'project_code',
    'project_name',
    'bond_code',
    'region_code',
    'agency_code',
    'allocated_amount',
    'spent_amount',
    'as_of_date',
  ],
  fiscal_capacity: ['fiscal_year', 'region_code', 'amount'],
  soe_financials: [
    'enterprise_code',
    'enterprise_name',
    'region_code',
    'supervisor',
    'industry_class',
    'period',
    'total_assets',
    'total_liabilities',
    'owner_equity',
    'state_capital',
    'revenue',
    'total_profit',
    'net_profit',
    'dividends_due',
    'dividends_paid',
  ],
  social_funds: ['fiscal_year', 'month', 'region_code', 'fund_type', 'income', 'expenditure', 'balance_end'],
};

/** Write order: references before the rows that point at them, as a full load needs. */
export const DEMO_FEEDS = Object.keys(FEED_HEADERS) as DemoFeed[];
