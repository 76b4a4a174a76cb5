import { parseArgs } from 'node:util';
import { clearRuleThreshold, listRulesWithThresholds, setRuleThreshold } from '../detect/rule-thresholds';
import { usage } from './usage';
import { withPool } from './with-pool';

const CLI_ACTOR = { id: null, username: 'cli' };

/** `name=value` pairs; numbers where they parse as numbers, lists as comma-separated text. */
export function parseAssignments(pairs: readonly string[]): Record<string, unknown> | string {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(pair);
    if (!match) return pair;
    const [, name, raw] = match as unknown as [string, string, string];
    const numeric = /^-?\d+(\.\d+)?$/.test(raw);
    params[name] = numeric ? Number(raw) : raw.includes(',') ? raw.split(',').map((s) => s.trim()) : raw;
  }
  return params;
}

/** `rules list | set <RULE> --region CODE k=v… | unset <RULE> --region CODE`. */
export async function rules(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { region: { type: 'string' } } });
  const [action, ruleCode, ...pairs] = positionals;
  if (action === 'list') {
    return withPool(async (pool) => {
      for (const rule of await listRulesWithThresholds(pool)) {
        console.log(`${rule.code.padEnd(15)} v${rule.version} ${rule.nameZh} / ${rule.nameEn}  默认 defaults ${JSON.stringify(rule.defaults)}`);
        for (const o of rule.overrides) console.log(`    ${o.regionCode} ${o.regionName ?? ''}: ${JSON.stringify(o.params)} (${o.updatedAt})`);
      }
      return 0;
    });
  }
  if ((action === 'set' || action === 'unset') && ruleCode && values.region) {
    const regionCode = values.region;
    if (action === 'unset') {
      return withPool(async (pool) => {
        const removed = await clearRuleThreshold(pool, { ruleCode, regionCode, actor: CLI_ACTOR });
        console.log(removed ? `✔ ${ruleCode}@${regionCode} 恢复继承 / inherits again` : `${ruleCode}@${regionCode} 无单独设置 / had no override`);
        return removed ? 0 : 1;
      });
    }
    const params = parseAssignments(pairs);
    if (typeof params === 'string' || pairs.length === 0) {
      console.error(`参数须为 名称=值 / parameters must be name=value${typeof params === 'string' ? `: ${params}` : ''}`);
      return 2;
    }
    return withPool(async (pool) => {
      const saved = await setRuleThreshold(pool, { ruleCode, regionCode, params, actor: CLI_ACTOR });
      console.log(`✔ ${ruleCode.toUpperCase()}@${regionCode}: ${JSON.stringify(saved.params)}`);
      return 0;
    });
  }
  console.error(usage());
  return 2;
}
