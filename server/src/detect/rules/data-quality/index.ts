import type { RuleDescriptor } from '../../rule-descriptor';

/** 数据质量 rules of shared/RULES.md. */
export const DATA_QUALITY_RULES: readonly RuleDescriptor[] = [];
