import { decadeDown } from './amounts';
import type { DraftPayment } from './draft';
import type { Payee } from './payees';
import type { Random } from './prng';

/** PAY-SPLIT looks at payments in [0.5·T, T) with T = 1,000,000 yuan. */
const SPLIT_LOW_FEN = 50_000_000;
const SPLIT_HIGH_FEN = 100_000_000;
/** Safety margins over the rules' windows (7 days for PAY-SPLIT, 3 for PAY-DUP). */
const SPLIT_GAP_DAYS = 10;
const DUPLICATE_GAP_DAYS = 5;

const inSplitRange = (fen: number) => fen >= SPLIT_LOW_FEN && fen < SPLIT_HIGH_FEN;

/**
 * Chooses each payment's payee for one agency, in date order across both years, so that the quiet
 * base data never looks like a split purchase (two payments of [500k, 1M) yuan to the same payee within
 * 7 days) or a duplicate (same payee and amount within 3 days). It prefers the agency's favourite
 * payees and falls back to others; when a payee is fixed (a fund, a utility) it lowers the amount's
 * decade for a split and moves it by one fen for a duplicate, neither of which changes the first digit.
 */
export class PaymentGuard {
  private readonly lastSplit = new Map<string, number>();
  private readonly lastSameAmount = new Map<string, number>();

  constructor(private readonly random: Random) {}

  /** Sets payment.payee (and possibly nudges payment.amount); `absoluteDay` orders days across years. */
  assign(payment: DraftPayment, candidates: readonly Payee[], absoluteDay: number): void {
    const favourites = Math.min(3, candidates.length);
    const start = this.random.chance(0.85)
      ? this.random.int(0, favourites - 1)
      : this.random.int(0, candidates.length - 1);
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < candidates.length; i++) {
        const payee = candidates[(start + i) % candidates.length]!;
        if (this.fits(payee, payment.amount, absoluteDay)) {
          this.commit(payee, payment.amount, absoluteDay);
          payment.payee = payee;
          return;
        }
      }
      if (inSplitRange(payment.amount)) payment.amount = decadeDown(payment.amount);
      // A one-fen nudge never carries into the yuan, so the first digit stays.
      else payment.amount += payment.amount % 100 === 99 ? -1 : 1;
    }
    throw new Error(`no payee fits payment of line ${payment.line.lineId}`);
  }

  private fits(payee: Payee, fen: number, day: number): boolean {
    if (inSplitRange(fen)) {
      const last = this.lastSplit.get(payee.name);
      if (last !== undefined && day - last <= SPLIT_GAP_DAYS) return false;
    }
    const last = this.lastSameAmount.get(`${payee.name}|${fen}`);
    return last === undefined || day - last > DUPLICATE_GAP_DAYS;
  }

  private commit(payee: Payee, fen: number, day: number): void {
    if (inSplitRange(fen)) this.lastSplit.set(payee.name, day);
    this.lastSameAmount.set(`${payee.name}|${fen}`, day);
  }
}
