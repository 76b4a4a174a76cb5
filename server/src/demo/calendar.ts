import chineseDays from 'chinese-days';

const DAY_MS = 86_400_000;

/** ISO date (YYYY-MM-DD) of a day index within a year (0 = 1 January). Pure UTC arithmetic, no clock. */
export function isoDate(year: number, dayIndex: number): string {
  return new Date(Date.UTC(year, 0, 1) + dayIndex * DAY_MS).toISOString().slice(0, 10);
}

/** Day index within its year (0 = 1 January) of an ISO date. */
export function dayOfYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS);
}

export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/** Last day of a month as an ISO date (month 1–12). */
export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * The PRC working calendar of one year, from chinese-days (statutory holidays and the official
 * make-up working days, 调休上班日). Built once per year because the package's lookup costs a few
 * microseconds per call and the generator asks hundreds of thousands of times.
 */
export class WorkCalendar {
  readonly days: number;
  /** For every day index, the nearest working day index (earlier one on a tie). */
  private readonly nearest: Int16Array;
  private readonly working: Uint8Array;

  constructor(readonly year: number) {
    this.days = daysInYear(year);
    this.working = new Uint8Array(this.days);
    for (let day = 0; day < this.days; day++) this.working[day] = chineseDays.isWorkday(isoDate(year, day)) ? 1 : 0;
    if (!this.working.includes(1)) throw new Error(`chinese-days has no working days for ${year}`);
    this.nearest = new Int16Array(this.days);
    for (let day = 0; day < this.days; day++) this.nearest[day] = this.findNearest(day);
  }

  isWorkday(dayIndex: number): boolean {
    return this.working[dayIndex] === 1;
  }

  /** The working day closest to a day index (clamped into the year). */
  nearestWorkday(dayIndex: number): number {
    const clamped = Math.min(this.days - 1, Math.max(0, dayIndex));
    return this.nearest[clamped]!;
  }

  /** First working day on or after a day index, or -1 when the year has none left. */
  nextWorkday(dayIndex: number): number {
    for (let day = Math.max(0, dayIndex); day < this.days; day++) if (this.working[day] === 1) return day;
    return -1;
  }

  /** First working day of the year that is also Monday–Friday: when budgets are issued. */
  firstWeekdayWorkday(): number {
    for (let day = 0; day < this.days; day++) {
      const weekday = new Date(Date.UTC(this.year, 0, 1) + day * DAY_MS).getUTCDay();
      if (this.working[day] === 1 && weekday >= 1 && weekday <= 5) return day;
    }
    throw new Error(`no weekday working day in ${this.year}`);
  }

  private findNearest(day: number): number {
    for (let offset = 0; offset < this.days; offset++) {
      if (day - offset >= 0 && this.working[day - offset] === 1) return day - offset;
      if (day + offset < this.days && this.working[day + offset] === 1) return day + offset;
    }
    return day;
  }
}
