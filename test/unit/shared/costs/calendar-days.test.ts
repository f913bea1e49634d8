import { differenceInCalendarDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween } from '../../../../shared/costs/calendar-days.js';

// The overlap of a wave (start to cutover) is counted without date-fns for plain days:
// it must give date-fns's answer for every day, across months, years, leap days and
// daylight saving changes, and leave anything that is not a plain day that exists to date-fns.

const dateFns = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

describe('calendar days between two days', () => {
  it('agrees with date-fns on every pair of days 2026–2028 a fortnight apart, and on long spans', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    for (let n = 0; n < 3 * 366; n += 3) {
      for (const span of [0, 1, 13, 14, 31, 400]) expect(calendarDaysBetween(day(n), day(n + span))).toBe(dateFns(day(n), day(n + span)));
    }
    expect(calendarDaysBetween('2027-03-31', '2027-03-20')).toBe(-11);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(calendarDaysBetween('2000-02-28', '2000-03-01')).toBe(2);
  });

  it('leaves a day that does not exist, or a time, to date-fns', () => {
    expect(calendarDaysBetween('2027-02-30', '2027-03-02')).toBeNaN();
    expect(calendarDaysBetween('2027-04-31', '2027-05-02')).toBeNaN();
    expect(calendarDaysBetween('2027-13-01', '2027-05-02')).toBeNaN();
    expect(calendarDaysBetween('2027-05-01T10:00', '2027-05-03')).toBe(dateFns('2027-05-01T10:00', '2027-05-03'));
  });
});
