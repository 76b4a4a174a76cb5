import type { RuleDescriptor } from '../../rule-descriptor';
import { payBenford } from './pay-benford';
import { payCash } from './pay-cash';
import { payDuplicate } from './pay-dup';
import { payHoliday } from './pay-holiday';
import { payIndividual } from './pay-indiv';
import { payLarge } from './pay-large';
import { paySplit } from './pay-split';

/** 支付 rules of shared/RULES.md. */
export const PAYMENT_RULES: readonly RuleDescriptor[] = [
  payLarge,
  payIndividual,
  payCash,
  paySplit,
  payDuplicate,
  payHoliday,
  payBenford,
];
