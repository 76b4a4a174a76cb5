import type { RuleDescriptor } from '../../rule-descriptor';
import { soeLeverage } from './soe-leverage';

/** 国有资产 rules of shared/RULES.md. */
export const STATE_ASSET_RULES: readonly RuleDescriptor[] = [soeLeverage];
