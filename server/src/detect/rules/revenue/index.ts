import type { RuleDescriptor } from '../../rule-descriptor';
import { revDecline } from './rev-decline';
import { revNonTax } from './rev-nontax';
import { revOutturn } from './rev-outturn';
import { revPace } from './rev-pace';

/** 收入 rules of shared/RULES.md. */
export const REVENUE_RULES: readonly RuleDescriptor[] = [revOutturn, revPace, revNonTax, revDecline];
