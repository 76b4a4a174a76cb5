import { decadeDown, MAX_SHARE_BP } from './amounts';
import type { WorkCalendar } from './calendar';
import type { DraftPayment } from './draft';

/**
 * Lowers the decade of a group's largest payments (keeping their first digit) until none is above
 * 6 % of the group's total. A small agency's spending then cannot jump ahead of time progress by
 * more than ~3 percentage points because of one payment. Reserve fund releases are sized to their
 * budget and left alone.
 */
export function capLargestShare(payments: readonly DraftPayment[]): void {
  for (let round = 0; round < 50; round++) {
    let total = 0;
    let largest: DraftPayment | undefined;
    for (const p of payments) {
      total += p.amount;
      if (!p.line.spec.reserve && (!largest || p.amount > largest.amount)) largest = p;
    }
    if (!largest || largest.amount * 10_000 <= total * MAX_SHARE_BP || payments.length < 20) return;
    largest.amount = decadeDown(largest.amount);
  }
}

/**
 * Dates one agency's payments of one book and year so that its cumulative spending follows time
 * progress (序时进度): payments are taken in the order of their line targets (each line's spread
 * evenly through the year) and a payment is dated where the cumulative total at its midpoint meets the
 * straight line from 1 January to 31 December, then moved to the nearest PRC working day on or after
 * the day the budget was issued. Cumulative payments therefore stay within half the largest payment
 * (≤ 3 % by capLargestShare) plus a holiday's width of time progress.
 */
export function scheduleGroup(payments: DraftPayment[], calendar: WorkCalendar, issueDay: number): void {
  payments.sort((a, b) => a.target - b.target);
  let total = 0;
  for (const p of payments) total += p.amount;
  let cumulative = 0;
  for (const p of payments) {
    const position = (cumulative + p.amount / 2) / total;
    const day = calendar.nearestWorkday(Math.floor(position * calendar.days));
    p.day = day < issueDay ? issueDay : day;
    cumulative += p.amount;
  }
}
