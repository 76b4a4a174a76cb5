import type { LineSpec } from './line-spec';
import type { Payee } from './payees';

export type SettleMethod = 'transfer' | 'cash' | 'card';
export type PayMethod = 'direct' | 'authorized';

/** A budget line of one agency and year while its payments are drafted. */
export interface DraftLine {
  spec: LineSpec;
  lineId: string;
  /** Share of the line's current budget paid out by the end of the year, in basis points (9650–9950). */
  rateBp: number;
  /** Net payments of the whole year in fen, including those after the as-of date that are not written. */
  netFen: number;
}

/** A payment (or a reversal, amount < 0) being drafted. */
export interface DraftPayment {
  line: DraftLine;
  year: number;
  /** Fen; negative for a reversal. */
  amount: number;
  /** Position in its line's year (0–1), so a line's payments spread evenly through its agency's sequence. */
  target: number;
  /** Day index within the year (0 = 1 January), always a PRC working day. */
  day: number;
  payee: Payee | null;
  settle: SettleMethod;
  method: PayMethod;
  purpose: string;
  voucher: string;
  reversalOf: DraftPayment | null;
}

/** Builds a payment with nothing decided but its line, year, amount and target. */
export function newPayment(line: DraftLine, year: number, amount: number, target: number): DraftPayment {
  return {
    line,
    year,
    amount,
    target,
    day: 0,
    payee: null,
    settle: 'transfer',
    method: 'authorized',
    purpose: '',
    voucher: '',
    reversalOf: null,
  };
}
