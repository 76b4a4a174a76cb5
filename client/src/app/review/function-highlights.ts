import { subtractDecimal } from '../shared/format/decimal';
import type { Lang } from '../shared/i18n/lang';
import { changeText } from './review-format';
import { reviewText } from './review-translate';
import type { FunctionClassReview, FunctionsReview } from './review.types';

/** Money text as whole cents, for exact ordering. */
const cents = (amount: string): bigint => {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const value = BigInt(whole + fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -value : value;
};

const HIGHLIGHTS = 3;

/**
 * The classes whose budget moved most from last year's actual spending, in yuan (a small class
 * doubling matters less than a large one growing a tenth): up to three rises and three falls, each
 * named with its change in words. Classes without last year's spending are left out.
 */
export function buildFunctionHighlights(
  review: FunctionsReview,
  lang: Lang,
): { rising: string | null; falling: string | null } {
  const compared = review.classes
    .filter((c) => c.growthOnExecuted !== null)
    .map((c) => ({ c, change: cents(subtractDecimal(c.budget, c.lastYearExecuted)) }));
  const byChange = [...compared].sort((a, b) => (a.change === b.change ? 0 : a.change > b.change ? -1 : 1));
  const name = ({ c }: { c: FunctionClassReview }) =>
    `${lang === 'en' ? c.nameEn : c.nameZh}${lang === 'en' ? ` (${changeText(c.growthOnExecuted, lang)})` : `（${changeText(c.growthOnExecuted, lang)}）`}`;
  const join = (items: string[]) => items.join(lang === 'en' ? '; ' : '；');
  const rising = byChange.filter((x) => x.change > 0n).slice(0, HIGHLIGHTS);
  const falling = byChange
    .filter((x) => x.change < 0n)
    .reverse()
    .slice(0, HIGHLIGHTS);
  return {
    rising: rising.length ? reviewText(lang, 'review.functions.rising', { items: join(rising.map(name)) }) : null,
    falling: falling.length ? reviewText(lang, 'review.functions.falling', { items: join(falling.map(name)) }) : null,
  };
}
