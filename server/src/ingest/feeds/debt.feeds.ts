import { agencyCodeColumn, debtTypeColumn, fiscalYearColumn, money, regionCodeColumn } from './common-columns';
import type { FeedDescriptor } from './feed-descriptor';

export const debtLimitsFeed: FeedDescriptor = {
  name: 'debt_limits',
  nameZh: '政府债务限额',
  table: 'debt_limits',
  naturalKey: ['fiscal_year', 'region_code', 'debt_type'],
  columns: [fiscalYearColumn('年度'), regionCodeColumn(), debtTypeColumn, money('limit_amount', '债务限额')],
};

export const debtBalancesFeed: FeedDescriptor = {
  name: 'debt_balances',
  nameZh: '政府债务余额',
  table: 'debt_balances',
  naturalKey: ['period', 'region_code', 'debt_type'],
  columns: [
    { key: 'period', zh: '期间', type: 'period', required: true },
    regionCodeColumn(),
    debtTypeColumn,
    money('balance', '债务余额'),
    money('principal_repaid', '当期还本'),
    money('interest_paid', '当期付息'),
    money('overdue_amount', '逾期债务'),
  ],
};

export const bondsFeed: FeedDescriptor = {
  name: 'bonds',
  nameZh: '政府债券',
  table: 'bonds',
  naturalKey: ['bond_code'],
  columns: [
    { key: 'bond_code', zh: '债券编码', type: 'code', required: true, maxLength: 32 },
    { key: 'bond_name', zh: '债券名称', type: 'text', required: true, maxLength: 200 },
    regionCodeColumn(),
    debtTypeColumn,
    {
      key: 'purpose',
      zh: '发行用途',
      type: 'enum',
      required: true,
      pgEnum: 'BondPurpose',
      values: { new: ['新增'], refinancing: ['再融资'] },
    },
    { key: 'issue_date', zh: '发行日期', type: 'date', required: true },
    { key: 'maturity_date', zh: '到期日期', type: 'date', required: true },
    { key: 'coupon_rate', zh: '票面利率', type: 'rate', required: true },
    money('amount', '发行金额'),
  ],
};

export const bondProjectsFeed: FeedDescriptor = {
  name: 'bond_projects',
  nameZh: '专项债券项目',
  table: 'bond_projects',
  naturalKey: ['project_code', 'bond_code', 'as_of_date'],
  columns: [
    { key: 'project_code', zh: '项目编码', type: 'code', required: true, maxLength: 64 },
    { key: 'project_name', zh: '项目名称', type: 'text', required: true, maxLength: 300 },
    { key: 'bond_code', zh: '债券编码', type: 'code', required: true, maxLength: 32 },
    regionCodeColumn(),
    agencyCodeColumn(),
    money('allocated_amount', '安排债券资金'),
    money('spent_amount', '累计支出'),
    { key: 'as_of_date', zh: '截至日期', type: 'date', required: true },
  ],
};

export const fiscalCapacityFeed: FeedDescriptor = {
  name: 'fiscal_capacity',
  nameZh: '综合财力',
  table: 'fiscal_capacity',
  naturalKey: ['fiscal_year', 'region_code'],
  columns: [fiscalYearColumn('年度'), regionCodeColumn(), money('amount', '综合财力')],
};
