import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { lineText } from './position-views';
import type { ReviewMessageKey } from './review-messages.zh-cn';
import { reviewText } from './review-translate';
import type { PefaScore, ReliabilityReview } from './review.types';

/** One PEFA indicator as a card: its name, the letter, the figure behind it and what the letter means. */
export interface ReliabilityCard {
  key: 'pi1' | 'pi2' | 'pi3';
  name: string;
  score: PefaScore;
  scoreText: string;
  figure: string;
  meaning: string;
  /** Further lines (PI-2: the classes that moved most, what is left out). */
  notes: string[];
}

type Band = ReliabilityReview['bands']['aggregateExpenditure'][number];

/** The band a letter's sentence quotes: its own, or C's (the widest) for a D. */
function bandFor(bands: readonly Band[], score: PefaScore): Band | undefined {
  return bands.find((band) => band.score === (score === 'D' ? 'C' : score));
}

function meaningOf(key: ReliabilityCard['key'], score: PefaScore, bands: readonly Band[], lang: Lang): string {
  const band = bandFor(bands, score);
  return reviewText(lang, `review.${key}.${score}` as ReviewMessageKey, {
    low: band ? lineText(band.low) : '',
    high: band ? lineText(band.high) : '',
  });
}

/** The three indicators that have a completed year to score, in PEFA's order. */
export function buildReliabilityCards(review: ReliabilityReview, lang: Lang): ReliabilityCard[] {
  const cards: ReliabilityCard[] = [];
  const scoreText = (score: PefaScore) => reviewText(lang, 'review.score', { score });
  const { aggregateExpenditure: pi1, composition: pi2, aggregateRevenue: pi3, bands } = review;
  if (pi1) {
    cards.push({
      key: 'pi1',
      name: reviewText(lang, 'review.pi1.name'),
      score: pi1.score,
      scoreText: scoreText(pi1.score),
      figure: reviewText(lang, 'review.pi1.figure', { year: pi1.fiscalYear, value: formatPercent(pi1.outturn) }),
      meaning: meaningOf('pi1', pi1.score, bands.aggregateExpenditure, lang),
      notes: [],
    });
  }
  if (pi2) {
    const moved = pi2.topClasses.slice(0, 3).map((c) => (lang === 'en' ? c.nameEn : c.nameZh));
    cards.push({
      key: 'pi2',
      name: reviewText(lang, 'review.pi2.name'),
      score: pi2.score,
      scoreText: scoreText(pi2.score),
      figure: reviewText(lang, 'review.pi2.figure', { year: pi2.fiscalYear, value: formatPercent(pi2.variance) }),
      meaning: meaningOf('pi2', pi2.score, bands.composition, lang),
      notes: [
        ...(moved.length
          ? [reviewText(lang, 'review.pi2.moved', { items: moved.join(lang === 'en' ? ', ' : '、') })]
          : []),
        reviewText(lang, 'review.pi2.excluded'),
      ],
    });
  }
  if (pi3) {
    cards.push({
      key: 'pi3',
      name: reviewText(lang, 'review.pi3.name'),
      score: pi3.score,
      scoreText: scoreText(pi3.score),
      figure: reviewText(lang, 'review.pi3.figure', { year: pi3.fiscalYear, value: formatPercent(pi3.outturn) }),
      meaning: meaningOf('pi3', pi3.score, bands.aggregateRevenue, lang),
      notes: [],
    });
  }
  return cards;
}
