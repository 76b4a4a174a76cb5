import { subtractDecimal } from '../shared/format/decimal';
import { formatAmount } from '../shared/format/format-amount';
import { formatPercent, ratioToPercentNumber } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { monthPeriodText, soePeriodText } from './review-format';
import { reviewText } from './review-translate';
import type { DebtSummary, StateAssetSummary } from './review.types';

/** A figure in a tile: what it is, its value, and a short note under it. */
export interface Tile {
  key: string;
  label: string;
  value: string;
  note: string;
}

/** A ratio against its warning line, for a bar drawn in CSS: both positions in percent of the bar. */
export interface Meter {
  label: string;
  value: string;
  /** Fill of the bar (0–100), the bar spanning 0 to 1.5 × the line. */
  fill: number;
  /** Where the line is drawn on the bar (0–100). */
  line: number;
  over: boolean;
  text: string;
}

/** A ratio as a whole percentage when it is one: "100%", "65%", else one decimal. */
export const lineText = (ratio: string) => formatPercent(ratio).replace(/\.0%$/, '%');

/** ratio ≥ line, exactly. */
const atOrOver = (ratio: string, line: string) => !subtractDecimal(ratio, line).startsWith('-');

function meter(label: string, ratio: string | null, line: string, text: (over: boolean) => string): Meter | null {
  if (ratio === null) return null;
  const scale = (value: string) =>
    Math.min(
      100,
      Math.max(0, ((ratioToPercentNumber(value) ?? 0) / ((ratioToPercentNumber(line) ?? 100) * 1.5)) * 100),
    );
  const over = atOrOver(ratio, line);
  return { label, value: formatPercent(ratio), fill: scale(ratio), line: scale(line), over, text: text(over) };
}

/** The debt tiles (limit, balance, capacity) and the debt ratio against its warning line. */
export function buildDebtView(debt: DebtSummary, lang: Lang): { tiles: Tile[]; ratio: Meter | null } {
  const line = lineText(debt.debtRatioLine);
  const tiles: Tile[] = [
    {
      key: 'limit',
      label: reviewText(lang, 'review.debt.limit'),
      value: formatAmount(debt.limit, lang),
      note: reviewText(lang, 'review.debt.limitNote'),
    },
    {
      key: 'balance',
      label: reviewText(lang, 'review.debt.balance'),
      value: debt.balance === null ? '—' : formatAmount(debt.balance, lang),
      note: [
        debt.balancePeriod
          ? reviewText(lang, 'review.debt.balanceAt', { period: monthPeriodText(debt.balancePeriod, lang) })
          : '',
        debt.limitUsed === null
          ? ''
          : reviewText(lang, 'review.debt.limitUsed', { value: formatPercent(debt.limitUsed) }),
      ]
        .filter(Boolean)
        .join(lang === 'en' ? '; ' : '，'),
    },
    {
      key: 'capacity',
      label: reviewText(lang, 'review.debt.capacity'),
      value: debt.fiscalCapacity === null ? '—' : formatAmount(debt.fiscalCapacity, lang),
      note:
        debt.capacitySource === null
          ? ''
          : reviewText(
              lang,
              debt.capacitySource === 'derived' ? 'review.debt.capacityDerived' : 'review.debt.capacityReported',
            ),
    },
  ];
  const ratio = meter(reviewText(lang, 'review.debt.ratio'), debt.debtRatio, debt.debtRatioLine, (over) =>
    reviewText(lang, over ? 'review.debt.overLine' : 'review.debt.underLine', { line }),
  );
  return { tiles, ratio };
}

/** The state-asset tiles: enterprises, assets, leverage, profit, and how many are over the line or losing money. */
export function buildStateAssetView(assets: StateAssetSummary, lang: Lang): { period: string; tiles: Tile[] } {
  const count = (n: number) => reviewText(lang, 'review.soe.count', { count: n });
  return {
    period: soePeriodText(assets.period, lang),
    tiles: [
      {
        key: 'enterprises',
        label: reviewText(lang, 'review.soe.enterprises'),
        value: count(assets.enterprises),
        note: '',
      },
      {
        key: 'assets',
        label: reviewText(lang, 'review.soe.assets'),
        value: formatAmount(assets.totalAssets, lang),
        note: '',
      },
      {
        key: 'leverage',
        label: reviewText(lang, 'review.soe.leverage'),
        value: formatPercent(assets.leverage),
        note: '',
      },
      {
        key: 'profit',
        label: reviewText(lang, 'review.soe.profit'),
        value: formatAmount(assets.totalProfit, lang),
        note: reviewText(lang, 'review.soe.netProfit', { value: formatAmount(assets.netProfit, lang) }),
      },
      {
        key: 'over-line',
        label: reviewText(lang, 'review.soe.overLine'),
        value: count(assets.overWarningLine),
        note: '',
      },
      {
        key: 'loss-making',
        label: reviewText(lang, 'review.soe.lossMaking'),
        value: count(assets.lossMaking),
        note: '',
      },
    ],
  };
}
