export type Book = 'GPB' | 'GFB' | 'SCB' | 'SIF';
export type AgencyType = 'administrative' | 'institution' | 'other';

/** A budget line an agency keeps every year (one row of budget_lines per year), and how it is spent. */
export interface LineSpec {
  book: Book;
  func: string;
  econ: string;
  /** Relative share of the agency's payments drawn on this line. */
  weight: number;
  /** Payment magnitudes: from 10^lo up to (not including) 10^(hi+1) yuan. */
  decades: readonly [number, number];
  project?: { code: string; name: string };
  /** What the payments are for, in the 摘要 ({p} of the purpose templates); the project name when there is one. */
  label?: string;
  /** A fixed payee (a capital injection goes to one named enterprise). */
  payee?: string;
  /** Draw amounts uniformly in this range of yuan instead of by decades (a car's price). */
  range?: readonly [number, number];
  /** Only kept in these fiscal years (a one-off purchase). */
  years?: readonly number[];
  /** A fixed number of payments instead of a share (a one-off purchase). */
  fixedCount?: number;
  /** The region's reserve fund (预备费): sized from the region's budget, not from a share. */
  reserve?: boolean;
}

/** A budget agency of the demo city with the lines it keeps. */
export interface DemoAgency {
  code: string;
  name: string;
  regionCode: string;
  parentCode: string | null;
  type: AgencyType;
  /** Relative size: its share of the region's payments. */
  weight: number;
  lines: LineSpec[];
}

/** The 三公 economic codes of RULES.md (EXE-SANGONG): overseas travel, hospitality, official cars. */
export const SANGONG_ECON = new Set(['30212', '30217', '30231', '31013']);
