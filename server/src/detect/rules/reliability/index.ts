import type { RuleDescriptor } from '../../rule-descriptor';
import { budPi1 } from './bud-pi1';
import { budPi2 } from './bud-pi2';
import { budReserve } from './bud-reserve';

/** 预算编制质量 rules of shared/RULES.md, in the catalog's order. */
export const RELIABILITY_RULES: readonly RuleDescriptor[] = [budPi1, budPi2, budReserve];
