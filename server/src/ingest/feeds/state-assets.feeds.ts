import { money, regionCodeColumn } from './common-columns';
import type { FeedDescriptor } from './feed-descriptor';

export const soeFinancialsFeed: FeedDescriptor = {
  name: 'soe_financials',
  nameZh: '国有企业财务',
  table: 'soe_financials',
  naturalKey: ['enterprise_code', 'period'],
  columns: [
    {
      key: 'enterprise_code',
      zh: '统一社会信用代码',
      type: 'code',
      required: true,
      pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/,
      patternHint: { zh: '18位统一社会信用代码', en: '18-character unified social credit code' },
    },
    { key: 'enterprise_name', zh: '企业名称', type: 'text', required: true, maxLength: 200 },
    regionCodeColumn(),
    { key: 'supervisor', zh: '监管部门', type: 'text', required: true, maxLength: 200 },
    {
      key: 'industry_class',
      zh: '行业类别',
      type: 'enum',
      required: true,
      pgEnum: 'IndustryClass',
      values: { industrial: ['工业'], non_industrial: ['非工业'] },
    },
    { key: 'period', zh: '期间', type: 'soe_period', required: true },
    money('total_assets', '资产总额'),
    money('total_liabilities', '负债总额'),
    money('owner_equity', '所有者权益', true),
    money('state_capital', '国有资本', true),
    money('revenue', '营业收入', true),
    money('total_profit', '利润总额', true),
    money('net_profit', '净利润', true),
    money('dividends_due', '应交国有资本收益'),
    money('dividends_paid', '实交国有资本收益'),
  ],
};
