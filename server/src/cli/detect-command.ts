import { parseArgs } from 'node:util';
import { findRule } from '../detect/rule-registry';
import { runDetection, type DetectionSummary } from '../detect/run-detection';
import { usage } from './usage';
import { withPool } from './with-pool';

export async function detect(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, region: { type: 'string' }, rule: { type: 'string', multiple: true } },
  });
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error('--as-of 须为 YYYY-MM-DD / --as-of must be YYYY-MM-DD');
    return 2;
  }
  if (values.region !== undefined && !/^\d{6}(\d{3}){0,2}$/.test(values.region)) {
    console.error('--region 须为6、9或12位区划代码 / --region must be a 6, 9 or 12 digit region code');
    return 2;
  }
  const unknown = (values.rule ?? []).filter((code) => !findRule(code));
  if (unknown.length > 0) {
    console.error(`未知的规则 / unknown rule: ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  return withPool(async (pool) => {
    const summary = await runDetection(pool, {
      asOf,
      regionCode: values.region,
      ruleCodes: values.rule?.map((code) => findRule(code)!.code),
    });
    printDetection(summary);
    return 0;
  });
}

/** One line per rule run: found, new, updated, resolved and time. */
export function printDetection(summary: DetectionSummary): void {
  console.log(`预警检测 / detection as of ${summary.asOf}`);
  for (const rule of summary.rules) {
    const name = findRule(rule.code)!;
    console.log(
      `  ${rule.code.padEnd(15)} ${name.nameZh}: 发现 found ${rule.found}, 新增 new ${rule.created}, 更新 updated ${rule.updated}, 解除 resolved ${rule.resolved} (${rule.ms} ms)`,
    );
  }
}
