import type { AgencyYearSpending } from './agency-spending';
import type { WorkCalendar } from './calendar';
import { isoDate } from './calendar';
import type { DraftLine } from './draft';
import { SANGONG_ECON, type Book, type DemoAgency } from './line-spec';
import { budgetUnit, ceilScaleFen, ceilToUnit, roundToUnit, scaleFen } from './money';
import type { Random } from './prng';

export type LineType = 'initial' | 'adjustment' | 'supplement' | 'transfer';

/** One row of the budget_lines feed. */
export interface BudgetRow {
  lineId: string;
  fiscalYear: number;
  regionCode: string;
  book: Book;
  agencyCode: string;
  func: string;
  econ: string;
  projectCode: string;
  projectName: string;
  lineType: LineType;
  parentLineId: string;
  amountFen: number;
  docNo: string;
  issuedDate: string;
}

/** Document numbers of one region and year: the initial budget of each department, then adjustments from 101. */
export interface DocNumbers {
  initial: string;
  nextAdjustment: () => string;
}

/** Adjustment rows stay under EXE-IDLE's 1,000,000 yuan and are rounded to 1,000 yuan. */
const MAX_ADJUSTMENT_FEN = 99_000_000;
const ADJUSTMENT_UNIT_FEN = 100_000;
const ADJUSTABLE_FROM_FEN = 5_000_000;

/** A line's current budget: its whole year's net payments over its execution rate, rounded up to a budget unit. */
export function currentBudgetFen(line: DraftLine): number {
  const exact = ceilScaleFen(line.netFen, 10_000, line.rateBp);
  return ceilToUnit(exact, budgetUnit(exact));
}

function adjustmentAmount(fen: number, random: Random, fromBp: number, toBp: number): number {
  return Math.min(
    MAX_ADJUSTMENT_FEN,
    roundToUnit(scaleFen(fen, random.int(fromBp, toBp), 10_000), ADJUSTMENT_UNIT_FEN),
  );
}

/**
 * The budget_lines rows of one agency-year. Each line's current budget (its amount plus its child
 * rows) is derived from its payments, so net payments never exceed it and the year ends at 96.5–99.5 %
 * of it. About a quarter of agency-years get one change after the initial budget: a supplement (追加),
 * a cut (预算调整, negative) or a transfer between two lines (调剂, a −/+ pair) — at most two rows, each
 * under 1,000,000 yuan and a few per cent of a line, so EXE-ADJUST stays quiet.
 */
export function budgetRows(
  agency: DemoAgency,
  spending: AgencyYearSpending,
  docs: DocNumbers,
  calendar: WorkCalendar,
  random: Random,
): BudgetRow[] {
  const issued = isoDate(spending.year, calendar.firstWeekdayWorkday());
  const current = spending.lines.map(currentBudgetFen);
  const initial = [...current];
  const changes: { line: number; type: LineType; amount: number }[] = [];

  const eligible = spending.lines.flatMap((l, i) =>
    !l.spec.reserve && !SANGONG_ECON.has(l.spec.econ) && l.spec.book !== 'SIF' && current[i]! >= ADJUSTABLE_FROM_FEN
      ? [i]
      : [],
  );
  const roll = random.next();
  if (eligible.length >= 2 && roll < 0.26) {
    const a = random.pick(eligible);
    if (roll < 0.1) {
      const amount = adjustmentAmount(current[a]!, random, 300, 1200);
      initial[a]! -= amount;
      changes.push({ line: a, type: 'supplement', amount });
    } else if (roll < 0.18) {
      const amount = adjustmentAmount(current[a]!, random, 200, 800);
      initial[a]! += amount;
      changes.push({ line: a, type: 'adjustment', amount: -amount });
    } else {
      const b = random.pick(eligible.filter((i) => i !== a));
      const amount = adjustmentAmount(Math.min(current[a]!, current[b]!), random, 300, 800);
      initial[a]! += amount;
      initial[b]! -= amount;
      changes.push({ line: a, type: 'transfer', amount: -amount }, { line: b, type: 'transfer', amount });
    }
  }

  const row = (
    line: DraftLine,
    lineId: string,
    type: LineType,
    amountFen: number,
    docNo: string,
    issuedDate: string,
    parent = '',
  ): BudgetRow => ({
    lineId,
    fiscalYear: spending.year,
    regionCode: agency.regionCode,
    book: line.spec.book,
    agencyCode: agency.code,
    func: line.spec.func,
    econ: line.spec.econ,
    projectCode: line.spec.project?.code ?? '',
    projectName: line.spec.project?.name ?? '',
    lineType: type,
    parentLineId: parent,
    amountFen,
    docNo,
    issuedDate,
  });

  const rows = spending.lines.map((line, i) => row(line, line.lineId, 'initial', initial[i]!, docs.initial, issued));
  if (changes.length > 0) {
    const docNo = docs.nextAdjustment();
    const changedOn = isoDate(spending.year, calendar.nextWorkday(random.int(100, 280)));
    changes.forEach((change, k) => {
      const line = spending.lines[change.line]!;
      const lineId = `ZB${spending.year}${agency.code}${String(spending.lines.length + k + 1).padStart(3, '0')}`;
      rows.push(row(line, lineId, change.type, change.amount, docNo, changedOn, line.lineId));
    });
  }
  return rows;
}
