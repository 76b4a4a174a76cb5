import type { RuleDescriptor } from '../../rule-descriptor';

/** 收入 rules of shared/RULES.md. */
export const REVENUE_RULES: readonly RuleDescriptor[] = [];
