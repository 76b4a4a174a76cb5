import { z } from 'zod';
import { yuanText } from '../../format';
import type { RuleDescriptor } from '../../rule-descriptor';
import { flagPayments, yuan } from './payment-query';

export const payLarge: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-LARGE',
  version: 1,
  nameZh: '大额支付',
  nameEn: 'Large payment',
  category: 'payments',
  entityType: 'payment',
  description: { zh: '单笔支付金额达到或超过大额标准', en: 'A single payment at or above the large-payment threshold' },
  basis: 'RULES.md default (5,000,000 yuan); committees commonly review single payments of this size',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 5_000_000 },
  feeds: ['payments'],
  grain: 'day',
  marginDays: 0,
  compute(context) {
    return flagPayments(context, 'all', 'yellow', (row, threshold) => ({
      zh: `凭证${row.voucher_no}单笔支付${yuanText(row.amount)}元，达到大额标准${yuanText(String(threshold))}元`,
      en: `voucher ${row.voucher_no} pays ${row.amount} yuan at once, at or above the large-payment threshold of ${threshold} yuan`,
    }));
  },
};
