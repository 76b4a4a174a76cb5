import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOfYear, isoDate, WorkCalendar } from './calendar';

describe('WorkCalendar', () => {
  const year2025 = new WorkCalendar(2025);

  it('knows statutory holidays and 调休 make-up working days', () => {
    assert.equal(year2025.isWorkday(dayOfYear('2025-01-01')), false, '元旦');
    assert.equal(year2025.isWorkday(dayOfYear('2025-01-26')), true, 'a Sunday worked before 春节');
    assert.equal(year2025.isWorkday(dayOfYear('2025-10-03')), false, '国庆');
  });

  it('moves a day to the nearest working day and finds the first weekday working day of the year', () => {
    assert.equal(isoDate(2025, year2025.nearestWorkday(dayOfYear('2025-10-02'))), '2025-09-30');
    assert.equal(isoDate(2025, year2025.firstWeekdayWorkday()), '2025-01-02');
    assert.equal(isoDate(2026, new WorkCalendar(2026).firstWeekdayWorkday()), '2026-01-05');
  });
});
