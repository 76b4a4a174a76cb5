import { fiscalYearColumn, money, regionCodeColumn } from './common-columns';
import type { FeedDescriptor } from './feed-descriptor';

export const socialFundsFeed: FeedDescriptor = {
  name: 'social_funds',
  nameZh: '社会保险基金',
  table: 'social_funds',
  naturalKey: ['fiscal_year', 'month', 'region_code', 'fund_type'],
  columns: [
    fiscalYearColumn('年度'),
    { key: 'month', zh: '月份', type: 'month', required: true },
    regionCodeColumn(),
    { key: 'fund_type', zh: '险种', type: 'text', required: true, maxLength: 100 },
    money('income', '本月收入', true),
    money('expenditure', '本月支出', true),
    money('balance_end', '期末累计结余', true),
  ],
};
