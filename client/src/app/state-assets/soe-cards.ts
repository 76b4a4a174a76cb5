import { linePercent, percentText } from '../shared/format/percent-text';
import { SEVERITY_TAG_COLORS, type SeverityLevel } from '../shared/charts/severity-style';
import { formatAmount } from '../shared/format/format-amount';
import type { Lang } from '../shared/i18n/lang';
import { stateAssetsText } from './state-assets-translate';
import type { StateAssets } from './state-assets.types';

export interface SoeCardView {
  key: 'assets' | 'leverage' | 'loss' | 'preservation' | 'dividends';
  title: string;
  value: string;
  detail: string;
  /** The rule's lines, where the card judges against them. */
  note: string;
  /** How many enterprises reach a line, in the colour of the highest rung reached; null for the assets card. */
  status: { label: string; color: string } | null;
}

/** The enterprises reaching a rule's line as a tag: their count in the rung's colour, or "none". */
function countTag(count: number, severity: SeverityLevel, lang: Lang): SoeCardView['status'] {
  return count > 0
    ? { label: stateAssetsText(lang, 'stateAssets.enterpriseCount', { count }), color: SEVERITY_TAG_COLORS[severity] }
    : { label: stateAssetsText(lang, 'stateAssets.card.clear'), color: 'success' };
}

/** The subtree's enterprises in five figures, each against its rule's lines. */
export function buildSoeCards(data: StateAssets, lang: Lang): SoeCardView[] {
  const { summary, lines } = data;
  const t = (key: Parameters<typeof stateAssetsText>[1], params?: Parameters<typeof stateAssetsText>[2]) =>
    stateAssetsText(lang, key, params);
  const ladder = (rungs: readonly { ratio: string }[]) => rungs.map((rung) => linePercent(rung.ratio)).join(' / ');
  const overLines = summary.overKeyLine + summary.overWarningLine;
  return [
    {
      key: 'assets',
      title: t('stateAssets.card.assets'),
      value: formatAmount(summary.totalAssets, lang),
      detail: t('stateAssets.card.assetsDetail', {
        liabilities: formatAmount(summary.totalLiabilities, lang),
        leverage: percentText(summary.leverage, 'down'),
      }),
      note: t('stateAssets.enterprises') + ' ' + t('stateAssets.enterpriseCount', { count: summary.enterprises }),
      status: null,
    },
    {
      key: 'leverage',
      title: t('stateAssets.card.leverage'),
      value: t('stateAssets.enterpriseCount', { count: overLines }),
      detail: t('stateAssets.card.leverageDetail', { key: summary.overKeyLine, warning: summary.overWarningLine }),
      note: t('stateAssets.card.leverageLines', {
        industrial: ladder(lines.leverage.industrial),
        nonIndustrial: ladder(lines.leverage.nonIndustrial),
      }),
      status: countTag(overLines, summary.overKeyLine > 0 ? 'red' : 'yellow', lang),
    },
    {
      key: 'loss',
      title: t('stateAssets.card.loss'),
      value: t('stateAssets.enterpriseCount', { count: summary.lossMaking }),
      detail: t('stateAssets.card.lossDetail', {
        years: lines.loss.consecutiveYears,
        count: summary.consecutiveLosses,
      }),
      note: lines.loss.ruleCode,
      status: countTag(summary.consecutiveLosses, 'orange', lang),
    },
    {
      key: 'preservation',
      title: t('stateAssets.card.preservation'),
      value: percentText(summary.preservation, 'down'),
      detail: t('stateAssets.card.preservationDetail', {
        line: linePercent(lines.preservation.below),
        count: summary.notPreserved,
      }),
      note: lines.preservation.ruleCode,
      status: countTag(summary.notPreserved, 'yellow', lang),
    },
    {
      key: 'dividends',
      title: t('stateAssets.card.dividends'),
      value: percentText(summary.paidRatio, 'down'),
      detail: t('stateAssets.card.dividendsDetail', {
        due: formatAmount(summary.dividendsDue, lang),
        paid: formatAmount(summary.dividendsPaid, lang),
      }),
      note: t('stateAssets.card.dividendsUnderpaid', {
        line: linePercent(lines.dividend.shortfallAbove),
        count: summary.underpaid,
      }),
      status: countTag(summary.underpaid, 'orange', lang),
    },
  ];
}
