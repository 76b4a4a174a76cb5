import type { RuleDescriptor } from '../../rule-descriptor';
import { sifDeficit } from './sif-deficit';
import { sifMonths } from './sif-months';

/** 社会保险基金 rules of shared/RULES.md. */
export const SOCIAL_FUND_RULES: readonly RuleDescriptor[] = [sifDeficit, sifMonths];
