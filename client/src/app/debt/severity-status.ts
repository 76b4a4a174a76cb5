import type { Lang } from '../shared/i18n/lang';
import { debtText } from './debt-translate';
import type { Indicator } from './debt.types';
import { SEVERITY_TAG_COLORS } from '../shared/charts/severity-style';

/** A ratio's standing as a tag: the severity reached, "under the line", or "not computable". */
export interface StatusTag {
  label: string;
  /** An ng-zorro tag colour. */
  color: string;
}

export function severityStatus(indicator: Indicator, lang: Lang): StatusTag {
  if (indicator.severity)
    return {
      label: debtText(lang, `debt.severity.${indicator.severity}`),
      color: SEVERITY_TAG_COLORS[indicator.severity],
    };
  if (indicator.value === null) return { label: debtText(lang, 'debt.severity.noValue'), color: 'default' };
  return { label: debtText(lang, 'debt.severity.none'), color: 'success' };
}
