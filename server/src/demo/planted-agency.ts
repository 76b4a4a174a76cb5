import chineseDays from 'chinese-days';
import type { CsvFileWriter } from './csv-writer';
import type { LineType } from './budget-lines';
import type { AgencyType, Book } from './line-spec';
import { formatFen, yuan } from './money';
import { accountNumber } from './names';
import { lineOf, voucher } from './planted-agencies';

/** A budget agency that exists only to carry planted cases, so the base data of other agencies stays quiet. */
export interface PlantedAgencyDef {
  code: string;
  name: string;
  regionCode: string;
  type: AgencyType;
  /** Function code of its lines and payments. */
  func: string;
  /** Prefix of its budget documents, e.g. 青岚财预. */
  docPrefix: string;
  /** Number of its initial budget document (年初预算批复); later ones are numbered from 200 + 3 × this. */
  doc: number;
}

export interface PlantedLine {
  year: number;
  econ: string;
  /** Integer fen (use yuan() for whole yuan). */
  fen: number;
  project?: { code: string; name: string };
  type?: LineType;
  parent?: string;
  /** Default: the first weekday working day of the year, as the base budget is issued. */
  issued?: string;
  book?: Book;
}

export interface PlantedPayment {
  date: string;
  /** Integer fen (use yuan() for whole yuan). */
  fen: number;
  payee: string;
  purpose: string;
  individual?: boolean;
  settle?: 'transfer' | 'cash' | 'card';
  /** The payment's own economic code when it differs from its line's. */
  econ?: string;
  /** A holiday payment is planted on purpose; every other planted payment must fall on a PRC working day. */
  holiday?: boolean;
}

interface LineInfo {
  year: number;
  book: Book;
  econ: string;
  projectCode: string;
}

/** What the planted rows wrote, so the manifest's keys can be checked against it. */
export interface PlantedLedger {
  vouchers: Set<string>;
  lines: Set<string>;
}

/**
 * Writes one planted agency (its agencies row, budget lines and payments) in the shapes of the base
 * data: line ids ZB<year><agency><seq>, vouchers ZF<year><agency><seq> numbered in call order (so call
 * in date order), amounts in fen. Dates are checked against the PRC calendar (chinese-days).
 */
export class AgencyPlanter {
  private readonly lineInfo = new Map<string, LineInfo>();
  private readonly lineSeq = new Map<number, number>();
  private readonly voucherSeq = new Map<number, number>();
  private docSeq: number;

  constructor(
    private readonly agency: PlantedAgencyDef,
    private readonly writers: { agencies: CsvFileWriter; budgetLines: CsvFileWriter; payments: CsvFileWriter },
    private readonly ledger: PlantedLedger,
    private readonly firstWorkdays: ReadonlyMap<number, string>,
  ) {
    writers.agencies.row([agency.code, agency.name, agency.regionCode, '', agency.type]);
    this.docSeq = 200 + 3 * agency.doc;
  }

  /** Writes a budget line; returns its id. */
  line(spec: PlantedLine): string {
    const seq = (this.lineSeq.get(spec.year) ?? 0) + 1;
    this.lineSeq.set(spec.year, seq);
    const lineId = lineOf(this.agency, spec.year, seq);
    if (!Number.isSafeInteger(spec.fen)) throw new Error(`planted line ${lineId}: ${spec.fen} is not integer fen`);
    const book = spec.book ?? 'GPB';
    const issued = spec.issued ?? this.firstWorkdays.get(spec.year)!;
    if (!chineseDays.isWorkday(issued)) throw new Error(`planted line ${lineId} issued on a day off: ${issued}`);
    const type = spec.type ?? 'initial';
    const doc = type === 'initial' && !spec.issued ? this.agency.doc : ++this.docSeq;
    this.writers.budgetLines.row([
      lineId,
      String(spec.year),
      this.agency.regionCode,
      book,
      this.agency.code,
      this.agency.func,
      spec.econ,
      spec.project?.code ?? '',
      spec.project?.name ?? '',
      type,
      spec.parent ?? '',
      formatFen(spec.fen),
      `${this.agency.docPrefix}〔${spec.year}〕${doc}号`,
      issued,
    ]);
    this.lineInfo.set(lineId, { year: spec.year, book, econ: spec.econ, projectCode: spec.project?.code ?? '' });
    this.ledger.lines.add(lineId);
    return lineId;
  }

  /** Writes payments drawn on a line (or on none: `null` with the economic code in the payment); returns their vouchers. */
  pay(lineId: string | null, payments: readonly PlantedPayment[], noLine?: { year: number; econ: string }): string[] {
    const line = lineId ? this.lineInfo.get(lineId) : undefined;
    if (lineId && !line) throw new Error(`planted payment on an unknown line ${lineId}`);
    return payments.map((p) => {
      const year = Number(p.date.slice(0, 4));
      if (year !== (line?.year ?? noLine?.year)) throw new Error(`planted payment ${p.date} outside its line's year`);
      if (chineseDays.isWorkday(p.date) === p.holiday)
        throw new Error(`planted payment on ${p.date}: working day = ${chineseDays.isWorkday(p.date)}`);
      const seq = (this.voucherSeq.get(year) ?? 0) + 1;
      this.voucherSeq.set(year, seq);
      const voucherNo = voucher(this.agency, year, seq);
      const econ = p.econ ?? line?.econ ?? noLine!.econ;
      const fen = p.fen;
      if (!Number.isSafeInteger(fen)) throw new Error(`planted payment ${voucherNo}: ${fen} is not integer fen`);
      const settle = p.settle ?? 'transfer';
      const method = settle !== 'card' && (fen >= yuan(100_000) || /^(301|310)/.test(econ)) ? 'direct' : 'authorized';
      this.writers.payments.row([
        voucherNo,
        p.date,
        this.agency.regionCode,
        line?.book ?? 'GPB',
        this.agency.code,
        this.agency.func,
        econ,
        line?.projectCode ?? '',
        lineId ?? '',
        p.payee,
        accountNumber(p.payee, p.individual === true),
        p.individual ? 'individual' : 'unit',
        method,
        settle,
        formatFen(fen),
        p.purpose,
      ]);
      this.ledger.vouchers.add(voucherNo);
      return voucherNo;
    });
  }
}
