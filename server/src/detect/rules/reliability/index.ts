import type { RuleDescriptor } from '../../rule-descriptor';

/** 预算编制质量 rules of shared/RULES.md. */
export const RELIABILITY_RULES: readonly RuleDescriptor[] = [];
