import chineseDays from 'chinese-days';
import { roundToUnit, scaleFen } from './money';
import type { Random } from './prng';
import { DEBT_REGIONS } from './regions';

export type DebtType = 'general' | 'special';

/** A government bond tranche on-lent to one region (地方政府债券 issued by the province, 转贷). */
export interface Bond {
  code: string;
  name: string;
  regionCode: string;
  type: DebtType;
  purpose: 'new' | 'refinancing';
  issueDate: string;
  maturityDate: string;
  termYears: number;
  /** Coupon in basis points (235 = 2.35 %). */
  rateBp: number;
  amountFen: number;
}

/** Terms with their weights: general bonds are shorter, special (project) bonds longer. */
const TERMS: Record<DebtType, readonly (readonly [number, number])[]> = {
  general: [
    [3, 5],
    [5, 20],
    [7, 20],
    [10, 35],
    [15, 10],
    [20, 5],
    [30, 5],
  ],
  special: [
    [5, 5],
    [7, 15],
    [10, 30],
    [15, 20],
    [20, 15],
    [30, 15],
  ],
};
/** Rough 10-year local bond yields by issue year, in basis points. */
const YIELD_BY_YEAR: Record<number, number> = {
  2016: 290,
  2017: 390,
  2018: 390,
  2019: 350,
  2020: 330,
  2021: 330,
  2022: 290,
  2023: 280,
  2024: 230,
  2025: 190,
  2026: 195,
};
const TERM_PREMIUM_BP: Record<number, number> = { 3: -25, 5: -15, 7: -5, 10: 0, 15: 15, 20: 22, 30: 32 };
/** Maturities falling due in one year stay under this share of the opening balance (DEBT-SERVICE stays low). */
const MAX_MATURING_BP = 1_000;

export function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

function workdayFrom(year: number, month: number, day: number): string {
  for (let d = day; ; d++) {
    const iso = new Date(Date.UTC(year, month - 1, d)).toISOString().slice(0, 10);
    if (chineseDays.isWorkday(iso)) return iso;
  }
}

function pickTerm(random: Random, type: DebtType): number {
  const terms = TERMS[type];
  let roll = random.int(0, 99);
  for (const [term, weight] of terms) if ((roll -= weight) < 0) return term;
  return terms[terms.length - 1]![0];
}

function rateFor(random: Random, year: number, term: number): number {
  return YIELD_BY_YEAR[year]! + TERM_PREMIUM_BP[term]! + random.int(-8, 8);
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[n % 10]}`;
}

type Draft = Omit<Bond, 'code' | 'name'>;

function regionBonds(
  random: Random,
  regionCode: string,
  type: DebtType,
  opening: number,
  lastMaturity: string,
): Draft[] {
  const unit = opening >= 10_000_000_000 ? 100_000_000 : 10_000_000;
  const bonds: Draft[] = [];
  const maturing = new Map<number, number>();
  const bond = (purpose: Draft['purpose'], issueDate: string, term: number, amountFen: number): Draft => ({
    regionCode,
    type,
    purpose,
    issueDate,
    termYears: term,
    maturityDate: addYears(issueDate, term),
    rateBp: rateFor(random, Number(issueDate.slice(0, 4)), term),
    amountFen,
  });

  // Outstanding at the start of 2025: issued 2016–2024 and not yet matured.
  for (let outstanding = 0, attempts = 0; outstanding < opening && attempts < 10_000; attempts++) {
    const year = random.int(2016, 2024);
    const term = pickTerm(random, type);
    if (year + term < 2025) continue;
    const amount = roundToUnit(scaleFen(opening, random.int(500, 1_200), 10_000), unit);
    const dueYear = year + term;
    if (dueYear <= 2026 && (maturing.get(dueYear) ?? 0) + amount > scaleFen(opening, MAX_MATURING_BP, 10_000)) continue;
    maturing.set(dueYear, (maturing.get(dueYear) ?? 0) + amount);
    bonds.push(bond('new', workdayFrom(year, random.int(1, 12), random.int(5, 24)), term, amount));
    outstanding += amount;
  }
  // 借新还旧: what falls due by the as-of month is mostly refinanced a few days before.
  for (const old of [...bonds]) {
    if (old.maturityDate < '2025-01-01' || old.maturityDate > lastMaturity) continue;
    const [y, m, d] = old.maturityDate.split('-').map(Number) as [number, number, number];
    const issue = workdayFrom(y, m, Math.max(1, d - random.int(4, 12)));
    const amount = roundToUnit(scaleFen(old.amountFen, random.int(7_000, 10_000), 10_000), unit);
    bonds.push(bond('refinancing', issue, random.pick(type === 'general' ? [5, 7, 10] : [7, 10, 15]), amount));
  }
  // New borrowing: one general bond a year, three special (project) bonds a year.
  const newMonths: Record<DebtType, Record<number, number[]>> = {
    general: { 2025: [5], 2026: [4] },
    special: { 2025: [3, 6, 9], 2026: [2, 5, 8] },
  };
  for (const [year, months] of Object.entries(newMonths[type])) {
    for (const month of months) {
      const share = type === 'general' ? random.int(500, 900) : random.int(400, 700);
      const term = random.pick(type === 'general' ? [10, 15, 20] : [10, 15, 20, 30]);
      bonds.push(
        bond(
          'new',
          workdayFrom(Number(year), month, random.int(8, 22)),
          term,
          roundToUnit(scaleFen(opening, share, 10_000), unit),
        ),
      );
    }
  }
  return bonds;
}

/**
 * The bonds of every debt region, sized from its 综合财力 of 2025: an opening balance of 45–60 % of it
 * (40 % general, 60 % special), built from bonds issued 2016–2024 with realistic terms (3–30 years)
 * and coupons, refinancing for what matures, and new issues in 2025 and 2026. Codes are 7 digits
 * (yy + 39 + sequence) and names follow the province's series (2025年江南省政府专项债券（三期）).
 */
export function buildBondPortfolio(
  random: Random,
  capacity2025: ReadonlyMap<string, number>,
  lastMaturity: string,
): Bond[] {
  const drafts: Draft[] = [];
  for (const region of DEBT_REGIONS) {
    const r = random.fork('bonds', region.code);
    const opening = scaleFen(capacity2025.get(region.code)!, r.int(4_500, 6_000), 10_000);
    const general = scaleFen(opening, r.int(3_500, 4_500), 10_000);
    drafts.push(...regionBonds(r.fork('general'), region.code, 'general', general, lastMaturity));
    drafts.push(...regionBonds(r.fork('special'), region.code, 'special', opening - general, lastMaturity));
  }
  drafts.sort(
    (a, b) =>
      a.issueDate.localeCompare(b.issueDate) ||
      a.regionCode.localeCompare(b.regionCode) ||
      a.type.localeCompare(b.type),
  );
  const codeSeq = new Map<string, number>();
  const nameSeq = new Map<string, number>();
  return drafts.map((draft) => {
    const year = draft.issueDate.slice(0, 4);
    const code = (codeSeq.get(year) ?? 0) + 1;
    codeSeq.set(year, code);
    const series = `${year}|${draft.purpose}|${draft.type}`;
    const issue = (nameSeq.get(series) ?? 0) + 1;
    nameSeq.set(series, issue);
    const kind = `${draft.purpose === 'refinancing' ? '再融资' : ''}${draft.type === 'general' ? '一般' : '专项'}`;
    return {
      ...draft,
      code: `${year.slice(2)}39${String(code).padStart(3, '0')}`,
      name: `${year}年江南省政府${kind}债券（${chineseNumber(issue)}期）`,
    };
  });
}
