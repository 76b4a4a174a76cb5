import { formatDateTime } from '../shared/format/format-date-time';
import type { Lang } from '../shared/i18n/lang';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';
import type { RuleWithThresholds } from './alert.types';
import { categoryLabel, type TagView } from './alert-vocabulary';
import type { RegionRef } from './region-ancestry';
import { paramsSummary } from './rule-params';
import { paramsInForce } from './threshold-form';

/** Where the thresholds in force for the region in scope come from. */
export type ThresholdSource = 'own' | 'inherited' | 'default';

const SOURCE_TAGS: Readonly<Record<ThresholdSource, { labelKey: AlertsMessageKey; color: string }>> = {
  own: { labelKey: 'alerts.rules.own', color: 'blue' },
  inherited: { labelKey: 'alerts.rules.inherited', color: 'cyan' },
  default: { labelKey: 'alerts.rules.default', color: 'default' },
};

/** One rule of the catalog, every value ready to print. */
export interface RuleCatalogRow {
  code: string;
  version: number;
  name: string;
  /** The name in the other language, for searching and for the record. */
  otherName: string;
  category: string;
  description: string;
  basis: string;
  defaults: string;
  inForce: string;
  source: TagView & { key: ThresholdSource };
  overrides: { regionCode: string; regionName: string; params: string; updated: string }[];
  /** False for rules without parameters. */
  tunable: boolean;
}

/** The catalog for the region at the head of `ancestry` (nearest first). */
export function buildRuleCatalogRows(
  rules: readonly RuleWithThresholds[],
  ancestry: readonly RegionRef[],
  lang: Lang,
): RuleCatalogRow[] {
  const none = alertsText(lang, 'alerts.rules.none');
  return rules.map((rule) => {
    const inForce = paramsInForce(rule, ancestry);
    const sourceKey: ThresholdSource =
      inForce.source === null ? 'default' : inForce.source.regionCode === ancestry[0]?.code ? 'own' : 'inherited';
    const sourceName = inForce.source?.regionName ?? inForce.source?.regionCode ?? '';
    return {
      code: rule.code,
      version: rule.version,
      name: lang === 'zh-CN' ? rule.nameZh : rule.nameEn,
      otherName: lang === 'zh-CN' ? rule.nameEn : rule.nameZh,
      category: categoryLabel(rule.category, lang),
      description: lang === 'zh-CN' ? rule.descriptionZh : rule.descriptionEn,
      basis: rule.basis,
      defaults: paramsSummary(rule.defaults) || none,
      inForce: paramsSummary(inForce.params) || none,
      source: {
        key: sourceKey,
        label: alertsText(lang, SOURCE_TAGS[sourceKey].labelKey, { region: sourceName }),
        color: SOURCE_TAGS[sourceKey].color,
      },
      overrides: rule.overrides.map((override) => ({
        regionCode: override.regionCode,
        regionName: override.regionName ?? override.regionCode,
        params: paramsSummary(override.params),
        updated: formatDateTime(override.updatedAt, lang),
      })),
      tunable: Object.keys(rule.defaults).length > 0,
    };
  });
}
