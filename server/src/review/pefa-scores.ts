import Decimal from 'decimal.js';
import { budPi1 } from '../detect/rules/reliability/bud-pi1';
import { budPi2 } from '../detect/rules/reliability/bud-pi2';
import { revOutturn } from '../detect/rules/revenue/rev-outturn';
import type { PefaBand, PefaScore } from './review.schemas';

/** A score band in percent: a value inside [low, high], bounds included, earns the letter. */
interface PercentBand {
  score: Exclude<PefaScore, 'D'>;
  low: number;
  high: number;
}

/**
 * PEFA 2016's A bands where the rules carry none (they flag from B's edge outwards): PI-2.1 A is a
 * composition variance under 5 %, PI-3.1 A a revenue outturn within 97–106 %.
 */
const COMPOSITION_A_PERCENT = 5;
const REVENUE_A = { low: 97, high: 106 } as const;

const pi1 = budPi1.defaults;
const pi2 = budPi2.defaults;
const pi3 = revOutturn.defaults;

/**
 * PI-1 aggregate expenditure outturn: BUD-PI1's bands are PEFA's (A 95–105, B 90–110, C 85–115 %);
 * the rule flags a year outside them as yellow, orange, red.
 */
export const AGGREGATE_EXPENDITURE_BANDS: readonly PercentBand[] = [
  { score: 'A', low: pi1.yellowLow, high: pi1.yellowHigh },
  { score: 'B', low: pi1.orangeLow, high: pi1.orangeHigh },
  { score: 'C', low: pi1.redLow, high: pi1.redHigh },
];

/** PI-2.1 composition variance: B up to BUD-PI2's yellow line (10 %), C up to its red line (15 %). */
export const COMPOSITION_BANDS: readonly PercentBand[] = [
  { score: 'A', low: 0, high: COMPOSITION_A_PERCENT },
  { score: 'B', low: 0, high: pi2.yellowPercent },
  { score: 'C', low: 0, high: pi2.redPercent },
];

/** PI-3.1 aggregate revenue outturn: B within REV-OUTTURN's yellow band (94–112 %), C within its red one (92–116 %). */
export const AGGREGATE_REVENUE_BANDS: readonly PercentBand[] = [
  { score: 'A', low: REVENUE_A.low, high: REVENUE_A.high },
  { score: 'B', low: pi3.yellowLow, high: pi3.yellowHigh },
  { score: 'C', low: pi3.redLow, high: pi3.redHigh },
];

/**
 * The best letter whose band holds `percent` (exact; a value on a bound is inside, as the rules
 * judge only values strictly outside), D when none does.
 */
export function pefaScore(percent: Decimal.Value, bands: readonly PercentBand[]): PefaScore {
  const value = new Decimal(percent);
  return bands.find((band) => value.gte(band.low) && value.lte(band.high))?.score ?? 'D';
}

/** The bands as the API gives them: ratios as decimal text (95 % → "0.95"). */
export function bandsAsRatios(bands: readonly PercentBand[]): PefaBand[] {
  const asRatio = (percent: number) => new Decimal(percent).dividedBy(100).toString();
  return bands.map((band) => ({ score: band.score, low: asRatio(band.low), high: asRatio(band.high) }));
}
