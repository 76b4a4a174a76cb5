import type { RuleDescriptor } from '../../rule-descriptor';
import { debtOverLimit } from './debt-overlimit';

/** 政府债务 rules of shared/RULES.md. */
export const DEBT_RULES: readonly RuleDescriptor[] = [debtOverLimit];
