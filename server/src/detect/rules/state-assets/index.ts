import type { RuleDescriptor } from '../../rule-descriptor';
import { soeDividend } from './soe-dividend';
import { soeLeverage } from './soe-leverage';
import { soeLoss } from './soe-loss';
import { soePreserve } from './soe-preserve';

/** 国有资产 rules of shared/RULES.md. */
export const STATE_ASSET_RULES: readonly RuleDescriptor[] = [soeLeverage, soeLoss, soePreserve, soeDividend];
