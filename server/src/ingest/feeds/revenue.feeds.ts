import { bookColumn, fiscalYearColumn, money, regionCodeColumn } from './common-columns';
import type { FeedDescriptor } from './feed-descriptor';

export const revenueFeed: FeedDescriptor = {
  name: 'revenue',
  nameZh: '收入执行',
  table: 'revenue',
  naturalKey: ['fiscal_year', 'month', 'region_code', 'book', 'rev_code'],
  columns: [
    fiscalYearColumn(),
    { key: 'month', zh: '月份', type: 'month', required: true },
    regionCodeColumn(),
    bookColumn,
    {
      key: 'rev_code',
      zh: '收入科目编码',
      type: 'code',
      classification: 'rev',
      required: true,
      pattern: /^\d{3}(\d{2}){0,3}$/,
      patternHint: { zh: '3、5、7或9位数字', en: '3, 5, 7 or 9 digits' },
    },
    { key: 'rev_name', zh: '收入科目名称', type: 'text', required: false, maxLength: 200 },
    money('budget_amount', '年初预算数', true),
    money('actual_amount', '本月完成数', true),
  ],
};
