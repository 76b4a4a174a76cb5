import type { RuleDescriptor } from './rule-descriptor';
import { DATA_QUALITY_RULES } from './rules/data-quality';
import { DEBT_RULES } from './rules/debt';
import { EXECUTION_RULES } from './rules/execution';
import { PAYMENT_RULES } from './rules/payments';
import { RELIABILITY_RULES } from './rules/reliability';
import { REVENUE_RULES } from './rules/revenue';
import { SOCIAL_FUND_RULES } from './rules/social-funds';
import { STATE_ASSET_RULES } from './rules/state-assets';

/** Every rule of shared/RULES.md, in the catalog's order; the API, the UI, exports and docs read this list. */
export const RULES: readonly RuleDescriptor[] = [
  ...EXECUTION_RULES,
  ...PAYMENT_RULES,
  ...REVENUE_RULES,
  ...DEBT_RULES,
  ...STATE_ASSET_RULES,
  ...SOCIAL_FUND_RULES,
  ...RELIABILITY_RULES,
  ...DATA_QUALITY_RULES,
];

export function findRule(code: string): RuleDescriptor | undefined {
  return RULES.find((rule) => rule.code === code.toUpperCase());
}
