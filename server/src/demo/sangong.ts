import type { DraftPayment } from './draft';
import { SANGONG_ECON } from './line-spec';

function cumulativeByDay(payments: readonly DraftPayment[], days: number): Float64Array {
  const cumulative = new Float64Array(days);
  for (const p of payments) cumulative[p.day]! += p.amount;
  for (let day = 1; day < days; day++) cumulative[day]! += cumulative[day - 1]!;
  return cumulative;
}

/**
 * Keeps an agency's 三公 spending (EXE-SANGONG: 30212, 30217, 30231, 31013) of a year at or below
 * the previous year's over every same period (1 January to the same day): while the current year is
 * ahead on some day, its largest 三公 payment up to that day is dropped. Budgets are derived from the
 * payments afterwards, so 三公 also stays within its budget. Returns the payments to drop.
 */
export function sangongOverruns(
  previous: readonly DraftPayment[],
  current: readonly DraftPayment[],
  days: number,
): Set<DraftPayment> {
  const isSangong = (p: DraftPayment) => SANGONG_ECON.has(p.line.spec.econ) && p.amount > 0;
  const before = cumulativeByDay(previous.filter(isSangong), days);
  const kept = current.filter(isSangong);
  const dropped = new Set<DraftPayment>();
  for (;;) {
    const now = cumulativeByDay(kept, days);
    let day = 0;
    while (day < days && now[day]! <= before[day]!) day++;
    if (day === days) return dropped;
    let largest = -1;
    kept.forEach((p, i) => {
      if (p.day <= day && (largest < 0 || p.amount > kept[largest]!.amount)) largest = i;
    });
    dropped.add(kept[largest]!);
    kept.splice(largest, 1);
  }
}
