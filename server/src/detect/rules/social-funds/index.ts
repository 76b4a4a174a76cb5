import type { RuleDescriptor } from '../../rule-descriptor';

/** 社会保险基金 rules of shared/RULES.md. */
export const SOCIAL_FUND_RULES: readonly RuleDescriptor[] = [];
