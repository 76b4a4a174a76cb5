import { drawAmount, drawReleases, MAX_INDIVIDUAL_FEN, MAX_PAYMENT_FEN, stratifiedMantissas } from './amounts';
import type { WorkCalendar } from './calendar';
import { newPayment, type DraftLine, type DraftPayment } from './draft';
import { ECON_PROFILES } from './econ-profiles';
import { SANGONG_ECON, type DemoAgency, type LineSpec } from './line-spec';
import { scaleFen } from './money';
import { describePayment } from './payment-details';
import { PaymentGuard } from './payment-guard';
import type { PayeeDirectory } from './payees';
import type { Random } from './prng';
import type { DemoRegion } from './regions';
import { sangongOverruns } from './sangong';
import { capLargestShare, scheduleGroup } from './schedule';

/** What every agency's drafting shares. */
export interface SpendingContext {
  random: Random;
  calendars: ReadonlyMap<number, WorkCalendar>;
  /** Fiscal years in ascending order. */
  years: readonly number[];
  asOfYear: number;
  /** Day index of the as-of date in asOfYear: later payments are not written. */
  asOfDay: number;
  directory: PayeeDirectory;
  /** Chance that an agency-year has one reversal (冲销). */
  reversalChance: number;
}

/** One agency's year: its lines (with the whole year's net payments) and the payments written. */
export interface AgencyYearSpending {
  year: number;
  lines: DraftLine[];
  payments: DraftPayment[];
}

/** Sizes the reserve fund line of a year from the agency's own GPB payments (fen) → budget in fen. */
export type ReserveSizer = (year: number, ownGpbPaymentsFen: number) => number;

/** Every book of an agency-year needs this many payments so that no single one dominates it. */
const MIN_GROUP_PAYMENTS = 36;
const INDIVIDUAL_KINDS = new Set(['staff', 'labour', 'household']);

const paysPeople = (spec: LineSpec) =>
  !spec.payee && spec.book !== 'SCB' && !spec.reserve && INDIVIDUAL_KINDS.has(ECON_PROFILES[spec.econ]!.payee);

function paymentCounts(lines: readonly DraftLine[], count: number, laterYear: boolean): number[] {
  const free = lines.filter((l) => !l.spec.fixedCount && !l.spec.reserve);
  const weight = free.reduce((sum, l) => sum + l.spec.weight, 0);
  const counts = lines.map(({ spec }) => {
    if (spec.reserve) return 0;
    if (spec.fixedCount) return spec.fixedCount;
    // 三公 spending shrinks year on year (过紧日子), as EXE-SANGONG expects.
    const shrink = laterYear && SANGONG_ECON.has(spec.econ) ? 0.7 : 1;
    return Math.max(3, Math.round(((count * spec.weight) / weight) * shrink));
  });
  for (const book of new Set(free.map((l) => l.spec.book))) {
    const members = lines.flatMap((l, i) => (l.spec.book === book && !l.spec.fixedCount && !l.spec.reserve ? [i] : []));
    const total = members.reduce((sum, i) => sum + counts[i]!, 0);
    if (total < MIN_GROUP_PAYMENTS)
      for (const i of members) counts[i] = Math.ceil((counts[i]! * MIN_GROUP_PAYMENTS) / total);
  }
  return counts;
}

function draftYear(
  ctx: SpendingContext,
  agency: DemoAgency,
  year: number,
  count: number,
  sizeReserve?: ReserveSizer,
): AgencyYearSpending {
  const random = ctx.random.fork('draft', agency.code, year);
  const calendar = ctx.calendars.get(year)!;
  const lines: DraftLine[] = agency.lines
    .filter((spec) => !spec.years || spec.years.includes(year))
    .map((spec, i) => ({
      spec,
      lineId: `ZB${year}${agency.code}${String(i + 1).padStart(3, '0')}`,
      rateBp: random.int(9650, 9950),
      netFen: 0,
    }));
  const counts = paymentCounts(lines, count, year > ctx.years[0]!);
  const stratified = lines.reduce((sum, l, i) => sum + (l.spec.range || l.spec.reserve ? 0 : counts[i]!), 0);
  const mantissas = stratifiedMantissas(stratified, random);
  let next = 0;
  const payments: DraftPayment[] = [];
  lines.forEach((line, i) => {
    const { spec } = line;
    const n = counts[i]!;
    const cap = paysPeople(spec) ? MAX_INDIVIDUAL_FEN : MAX_PAYMENT_FEN;
    for (let k = 0; k < n; k++) {
      const amount = spec.range
        ? random.int(spec.range[0] * 100, spec.range[1] * 100)
        : drawAmount(random.int(spec.decades[0], spec.decades[1]), mantissas[next++]!, cap);
      payments.push(newPayment(line, year, amount, (k + random.between(0.1, 0.9)) / n));
    }
  });
  const books = [...new Set(payments.map((p) => p.line.spec.book))];
  for (const book of books) capLargestShare(payments.filter((p) => p.line.spec.book === book));
  // The reserve is sized after the cap, from the budget the agency's own GPB payments will imply.
  const reserve = lines.find((l) => l.spec.reserve);
  if (reserve && sizeReserve) {
    const ownGpb = payments.reduce((sum, p) => sum + (p.line.spec.book === 'GPB' ? p.amount : 0), 0);
    const releases = drawReleases(scaleFen(sizeReserve(year, ownGpb), reserve.rateBp, 10_000), ownGpb, random);
    releases.forEach((amount, k) =>
      payments.push(newPayment(reserve, year, amount, (k + random.between(0.1, 0.9)) / releases.length)),
    );
  }
  const issueDay = calendar.firstWeekdayWorkday();
  for (const book of new Set(payments.map((p) => p.line.spec.book))) {
    scheduleGroup(
      payments.filter((p) => p.line.spec.book === book),
      calendar,
      issueDay,
    );
  }
  return { year, lines, payments };
}

function addReversal(ctx: SpendingContext, agency: DemoAgency, spending: AgencyYearSpending): void {
  const random = ctx.random.fork('reversal', agency.code, spending.year);
  if (!random.chance(ctx.reversalChance)) return;
  const calendar = ctx.calendars.get(spending.year)!;
  const lastDay = spending.year === ctx.asOfYear ? ctx.asOfDay : calendar.days - 1;
  const eligible = spending.payments.filter(
    (p) =>
      p.amount < 5_000_000 &&
      !p.payee!.individual &&
      !SANGONG_ECON.has(p.line.spec.econ) &&
      !p.line.spec.reserve &&
      p.day + 10 <= lastDay,
  );
  if (eligible.length === 0) return;
  const original = random.pick(eligible);
  const day = calendar.nextWorkday(original.day + random.int(2, 6));
  if (day < 0 || day > lastDay) return;
  const reversal = newPayment(original.line, spending.year, -original.amount, original.target);
  Object.assign(reversal, { day, payee: original.payee, method: original.method, reversalOf: original });
  spending.payments.push(reversal);
}

/**
 * Drafts one agency's payments for every fiscal year: amounts (Benford-stratified, capped), dates
 * (tracking time progress per book), the 三公 year-on-year trim, payees (clear of split and duplicate
 * patterns), an occasional reversal, the cut at the as-of date and voucher numbers in date order.
 * Each line's `netFen` holds its whole year's net payments, from which its budget is derived.
 */
export function draftAgencySpending(
  ctx: SpendingContext,
  agency: DemoAgency,
  region: DemoRegion,
  countsByYear: ReadonlyMap<number, number>,
  sizeReserve?: ReserveSizer,
): AgencyYearSpending[] {
  const years = ctx.years.map((year) => draftYear(ctx, agency, year, countsByYear.get(year)!, sizeReserve));
  for (let i = 1; i < years.length; i++) {
    const dropped = sangongOverruns(years[i - 1]!.payments, years[i]!.payments, 366);
    if (dropped.size > 0) years[i]!.payments = years[i]!.payments.filter((p) => !dropped.has(p));
  }

  const guard = new PaymentGuard(ctx.random.fork('payees', agency.code));
  const details = ctx.random.fork('details', agency.code);
  const inDateOrder = years
    .flatMap((y) => y.payments)
    .sort((a, b) => a.year - b.year || a.day - b.day || a.target - b.target);
  for (const payment of inDateOrder) {
    guard.assign(
      payment,
      ctx.directory.candidates(agency, region, payment.line.spec),
      (payment.year - ctx.years[0]!) * 366 + payment.day,
    );
    describePayment(payment, details);
  }

  for (const spending of years) {
    addReversal(ctx, agency, spending);
    for (const payment of spending.payments) payment.line.netFen += payment.amount;
    if (spending.year === ctx.asOfYear) spending.payments = spending.payments.filter((p) => p.day <= ctx.asOfDay);
    spending.payments.sort((a, b) => a.day - b.day || a.target - b.target || a.amount - b.amount);
    spending.payments.forEach(
      (p, i) => (p.voucher = `ZF${spending.year}${agency.code}${String(i + 1).padStart(5, '0')}`),
    );
    for (const p of spending.payments) {
      if (p.reversalOf) p.purpose = `冲销凭证${p.reversalOf.voucher}：收款账户信息有误，资金退回`;
    }
  }
  return years;
}
