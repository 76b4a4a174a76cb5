import { formatAmount } from '../shared/format/format-amount';
import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { formatGrowth, formatLinePercent, formatLinePoints } from './revenue-format';
import { revenueText } from './revenue-translate';
import type { RevenueComposition } from './revenue.types';

/** A warning the figures raise, on the line of a revenue rule. */
export interface CompositionFlag {
  level: 'yellow' | 'red';
  text: string;
}

export interface CompositionFacts {
  general: string;
  tax: string;
  nonTax: string;
  share: string;
  /** "上年同期 19.4%", or '' when last year is not loaded as far. */
  lastYearShare: string;
  growth: string;
  growthDown: boolean;
  flags: CompositionFlag[];
}

/** The year-to-date figures of 一般公共预算收入 and the REV-NONTAX / REV-DECLINE flags they raise. */
export function buildCompositionFacts(composition: RevenueComposition, lang: Lang): CompositionFacts {
  const { total, lines } = composition;
  const flags: CompositionFlag[] = [];
  if (total.shareAbove)
    flags.push({
      level: 'yellow',
      text: revenueText(lang, 'revenue.composition.shareAbove', { line: formatLinePercent(lines.nonTaxShareAbove) }),
    });
  if (total.shareRisen)
    flags.push({
      level: 'yellow',
      text: revenueText(lang, 'revenue.composition.shareRisen', { points: formatLinePoints(lines.nonTaxRiseAtLeast) }),
    });
  if (total.decline === 'yellow')
    flags.push({ level: 'yellow', text: revenueText(lang, 'revenue.composition.declineYellow') });
  if (total.decline === 'red')
    flags.push({
      level: 'red',
      text: revenueText(lang, 'revenue.composition.declineRed', { line: formatLinePercent(lines.declineRed) }),
    });
  return {
    general: formatAmount(total.general, lang),
    tax: formatAmount(total.tax, lang),
    nonTax: formatAmount(total.nonTax, lang),
    share: formatPercent(total.share),
    lastYearShare:
      total.lastYearShare === null
        ? ''
        : revenueText(lang, 'revenue.composition.lastYear', { value: formatPercent(total.lastYearShare) }),
    growth: formatGrowth(total.growth),
    growthDown: total.growth?.startsWith('-') ?? false,
    flags,
  };
}
