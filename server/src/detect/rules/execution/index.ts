import type { RuleDescriptor } from '../../rule-descriptor';
import { exeAdjust } from './exe-adjust';
import { exeIdle } from './exe-idle';
import { exeLag } from './exe-lag';
import { exeNoBudget } from './exe-nobudget';
import { exeOver } from './exe-over';
import { exeSangong } from './exe-sangong';
import { exeSurge } from './exe-surge';

/** 预算执行 rules of shared/RULES.md, in the catalog's order. */
export const EXECUTION_RULES: readonly RuleDescriptor[] = [
  exeLag,
  exeSurge,
  exeOver,
  exeNoBudget,
  exeSangong,
  exeIdle,
  exeAdjust,
];
