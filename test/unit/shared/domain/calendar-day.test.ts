import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDaySchema, isCalendarDay } from '../../../../shared/domain/calendar-day.js';
import { PlanSettingsSchema, DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';

describe('a calendar day', () => {
  it('is a day that exists, leap years included', () => {
    expect(['2027-01-04', '2028-02-29', '2000-02-29', '2027-12-31'].map(isCalendarDay)).toEqual([true, true, true, true]);
    expect(['2027-02-30', '2027-02-29', '1900-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '27-01-04', '2027-1-4', '2027-01-04T00:00', ''].map(isCalendarDay)).toEqual(
      Array(11).fill(false),
    );
  });

  it('agrees with the calendar for every day from 1900 to 2999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(isCalendarDay(date.toISOString().slice(0, 10))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === text;
        expect(isCalendarDay(text)).toBe(real);
      }),
    );
  });

  it('is what the plan settings take: 30 February is refused with its message', () => {
    const result = PlanSettingsSchema.safeParse({ ...DEFAULT_PLAN_SETTINGS, startDate: '2027-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A date that exists, as yyyy-mm-dd');
    expect(CalendarDaySchema.safeParse('2027-02-28').success).toBe(true);
  });
});
