import type { RuleDescriptor } from '../../rule-descriptor';
import { exeOver } from './exe-over';

/** 预算执行 rules of shared/RULES.md. */
export const EXECUTION_RULES: readonly RuleDescriptor[] = [exeOver];
