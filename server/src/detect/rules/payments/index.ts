import type { RuleDescriptor } from '../../rule-descriptor';
import { payCash } from './pay-cash';
import { payIndividual } from './pay-indiv';
import { payLarge } from './pay-large';

/** 支付 rules of shared/RULES.md. */
export const PAYMENT_RULES: readonly RuleDescriptor[] = [payLarge, payIndividual, payCash];
