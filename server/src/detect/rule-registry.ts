import type { RuleDescriptor } from './rule-descriptor';
import { payCash, payIndividual, payLarge } from './rules/payment-rules';
import { debtOverLimit, exeOver, soeLeverage } from './rules/structural-rules';

/** Every implemented rule of shared/RULES.md; the API, the UI, exports and docs read this list. */
export const RULES: readonly RuleDescriptor[] = [exeOver, payLarge, payIndividual, payCash, debtOverLimit, soeLeverage];

export function findRule(code: string): RuleDescriptor | undefined {
  return RULES.find((rule) => rule.code === code.toUpperCase());
}
