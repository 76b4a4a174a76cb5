import { z } from 'zod';
import { yuanText } from '../../format';
import type { RuleDescriptor } from '../../rule-descriptor';
import { flagPayments, yuan } from './payment-query';

export const payCash: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-CASH',
  version: 1,
  nameZh: '大额现金支付',
  nameEn: 'Large cash payment',
  category: 'payments',
  entityType: 'payment',
  description: { zh: '以现金结算且金额达到限额的支付', en: 'A payment settled in cash at or above the cash limit' },
  basis: '现金管理暂行条例 (cash management rules); RULES.md default 20,000 yuan',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 20_000 },
  feeds: ['payments'],
  grain: 'day',
  marginDays: 0,
  compute(context) {
    return flagPayments(context, 'cash', 'orange', (row, threshold) => ({
      zh: `凭证${row.voucher_no}以现金支付${yuanText(row.amount)}元，达到现金限额${yuanText(String(threshold))}元`,
      en: `voucher ${row.voucher_no} pays ${row.amount} yuan in cash, at or above the cash limit of ${threshold} yuan`,
    }));
  },
};
