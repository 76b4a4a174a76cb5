import { z } from 'zod';
import { yuanText } from '../../format';
import type { RuleDescriptor } from '../../rule-descriptor';
import { flagPayments, yuan } from './payment-query';

export const payIndividual: RuleDescriptor<{ threshold: number }> = {
  code: 'PAY-INDIV',
  version: 1,
  nameZh: '向个人大额支付',
  nameEn: 'Large payment to an individual',
  category: 'payments',
  entityType: 'payment',
  description: {
    zh: '向个人支付金额达到标准，且经济分类不属于工资福利（301）或对个人和家庭的补助（303）',
    en: 'A payment to an individual at or above the threshold, outside wages (301) and transfers to households (303)',
  },
  basis: 'RULES.md default (50,000 yuan)',
  params: z.object({ threshold: yuan }),
  defaults: { threshold: 50_000 },
  feeds: ['payments'],
  grain: 'day',
  marginDays: 0,
  compute(context) {
    return flagPayments(context, 'individualOutsideWagesAndTransfers', 'orange', (row, threshold) => ({
      zh: `凭证${row.voucher_no}向个人“${row.payee_name}”支付${yuanText(row.amount)}元（经济分类${row.econ_code}），达到${yuanText(String(threshold))}元`,
      en: `voucher ${row.voucher_no} pays ${row.amount} yuan to an individual (econ code ${row.econ_code}), at or above ${threshold} yuan`,
    }));
  },
};
