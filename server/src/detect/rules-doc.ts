import type { RuleCategory, RuleDescriptor } from './rule-descriptor';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  execution: '预算执行 Budget execution',
  payments: '支付 Payments',
  revenue: '收入 Revenue',
  debt: '政府债务 Government debt',
  state_assets: '国有资产 State-owned enterprises',
  social_funds: '社会保险基金 Social insurance funds',
  reliability: '预算编制质量 Budget reliability (PEFA)',
  data_quality: '数据质量 Data quality',
};

const GRAIN_TEXT = {
  day: 'a day (incremental runs: the batch dates ± margin)',
  year: 'a fiscal year (incremental runs: the years the batch touched)',
  snapshot: 'the latest data (recomputed in full when one of its feeds changes)',
} as const;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * docs/rules.md, generated from the registry (`npm run docs:rules`); a test fails when the file
 * in the repository differs, so the documentation cannot drift from the code.
 */
export function renderRulesDoc(rules: readonly RuleDescriptor[]): string {
  const lines = [
    '# Anomaly rules (预警规则)',
    '',
    '<!-- Generated from server/src/detect/rule-registry.ts by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${rules.length} rules. Each alert stores the rule version and the parameters in force. Parameters`,
    'can be changed per region (inherited by sub-regions) with `npm run cli -- rules set <RULE> --region CODE name=value`',
    'or on the 预警 › 规则与阈值 page; percentages are in per cent (15 = 15 %), amounts in yuan.',
    '',
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const inCategory = rules.filter((rule) => rule.category === category);
    if (inCategory.length === 0) continue;
    lines.push(
      `## ${title}`,
      '',
      '| code | 名称 / name | entity | default parameters | feeds | period |',
      '|---|---|---|---|---|---|',
    );
    for (const rule of inCategory) {
      const params = Object.entries(rule.defaults)
        .map(([key, value]) => `\`${key}\` = ${JSON.stringify(value)}`)
        .join('<br>');
      lines.push(
        `| ${rule.code} v${rule.version} | ${rule.nameZh}<br>${rule.nameEn} | ${rule.entityType} | ${params || '—'} | ${rule.feeds.join(', ') || '— (on demand)'} | ${rule.grain} |`,
      );
    }
    lines.push('');
    for (const rule of inCategory) {
      lines.push(
        `### ${rule.code} ${rule.nameZh}`,
        '',
        `${cell(rule.description.zh)}`,
        '',
        `${cell(rule.description.en)}`,
        '',
        `- Basis 依据: ${cell(rule.basis)}`,
        `- Period 期间: ${GRAIN_TEXT[rule.grain]}${rule.grain === 'day' ? `, margin ${rule.marginDays ?? 0} days` : ''}`,
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
