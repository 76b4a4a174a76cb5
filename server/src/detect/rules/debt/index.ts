import type { RuleDescriptor } from '../../rule-descriptor';
import { debtIdle } from './debt-idle';
import { debtInterest } from './debt-interest';
import { debtOverdue } from './debt-overdue';
import { debtOverLimit } from './debt-overlimit';
import { debtRatio } from './debt-ratio';
import { debtService } from './debt-service';

/** 政府债务 rules of shared/RULES.md. */
export const DEBT_RULES: readonly RuleDescriptor[] = [
  debtOverLimit,
  debtRatio,
  debtService,
  debtInterest,
  debtOverdue,
  debtIdle,
];
