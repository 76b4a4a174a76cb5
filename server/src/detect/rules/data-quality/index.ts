import type { RuleDescriptor } from '../../rule-descriptor';
import { dqCode } from './dq-code';
import { dqStale } from './dq-stale';

/** 数据质量 rules of shared/RULES.md. */
export const DATA_QUALITY_RULES: readonly RuleDescriptor[] = [dqCode, dqStale];
