import { describe, expect, it } from 'vitest';
import { blockedBecause, CutoverCalendar, dayNumberOf, weekdayOf } from '../../../../shared/planner/calendar.js';
import { DEFAULT_PLAN_SETTINGS, PlanSettingsSchema, type PlanSettings } from '../../../../shared/planner/settings.js';

// Which days take a cutover: allowed weekdays, public holidays, finance close in business days, blackouts.

const every = [1, 2, 3, 4, 5, 6, 7];
const settings = (over: Partial<PlanSettings> = {}): PlanSettings => ({ ...DEFAULT_PLAN_SETTINGS, ...over });
const ireland = { country: 'IE', region: '' };

describe('public holidays', () => {
  it('closes Easter weekend in Ireland, and nothing without a country', () => {
    const ie = settings({ holidays: ireland, financeClose: { before: 0, after: 0 } });
    expect(blockedBecause('2027-03-28', ie)).toBe('Easter Sunday (holiday weekend, IE)');
    expect(blockedBecause('2027-03-27', ie)).toBe('Good Friday weekend (holiday weekend, IE)');
    expect(blockedBecause('2027-03-29', settings({ holidays: ireland, cutoverWeekdays: every, financeClose: { before: 0, after: 0 } }))).toBe('Easter Monday (public holiday, IE)');
    expect(blockedBecause('2027-03-28', settings({ financeClose: { before: 0, after: 0 } }))).toBeUndefined();
    // An observance is a working day: Mother's Day (a Sunday) takes a cutover.
    expect(blockedBecause('2027-03-07', ie)).toBeUndefined();
  });

  it('counts a region’s own holidays', () => {
    const bavaria = settings({ holidays: { country: 'DE', region: 'BY' }, cutoverWeekdays: every, financeClose: { before: 0, after: 0 } });
    expect(blockedBecause('2027-01-06', bavaria)).toMatch(/\(public holiday, DE-BY\)$/);
    expect(blockedBecause('2027-01-06', settings({ holidays: { country: 'DE', region: 'BE' }, cutoverWeekdays: every, financeClose: { before: 0, after: 0 } }))).toBeUndefined();
  });
});

describe('finance close in business days', () => {
  it('closes a Monday the 1st (BD+1) and the weekend before it', () => {
    const all = settings({ cutoverWeekdays: every });
    expect(weekdayOf(dayNumberOf('2027-11-01'))).toBe(1);
    expect(blockedBecause('2027-11-01', all)).toBe('finance close BD-3..BD+3');
    expect(blockedBecause('2027-10-30', all)).toBe('finance close BD-3..BD+3');
    // October's last three business days are the 27th to the 29th; November's first three the 1st to the 3rd.
    expect(blockedBecause('2027-10-26', all)).toBeUndefined();
    expect(blockedBecause('2027-10-27', all)).toBe('finance close BD-3..BD+3');
    expect(blockedBecause('2027-11-03', all)).toBe('finance close BD-3..BD+3');
    expect(blockedBecause('2027-11-04', all)).toBeUndefined();
  });

  it('skips holidays when counting business days', () => {
    // March 2027 in Ireland: Easter Monday (29th) and Good Friday (26th, a bank holiday) are not business days, so BD-3 is Thursday the 25th.
    const calendar = new CutoverCalendar(settings({ holidays: ireland, cutoverWeekdays: every }));
    expect(calendar.inFinanceClose(dayNumberOf('2027-03-25'))).toBe(true);
    expect(calendar.inFinanceClose(dayNumberOf('2027-03-24'))).toBe(false);
    expect(new CutoverCalendar(settings({ cutoverWeekdays: every })).inFinanceClose(dayNumberOf('2027-03-25'))).toBe(false);
  });

  it('is off at 0 and 0, and closes from the 1st when only days after month end are set', () => {
    expect(blockedBecause('2027-11-01', settings({ cutoverWeekdays: every, financeClose: { before: 0, after: 0 } }))).toBeUndefined();
    const after = settings({ cutoverWeekdays: every, financeClose: { before: 0, after: 1 } });
    expect(blockedBecause('2027-10-31', after)).toBeUndefined();
    expect(blockedBecause('2028-01-01', after)).toBe('finance close (1st to BD+1)'); // a Saturday between month end and BD+1
  });
});

describe('settings that leave no day are refused', () => {
  const problem = (over: Partial<PlanSettings>) => {
    const result = PlanSettingsSchema.safeParse(settings(over));
    return result.success ? undefined : result.error.issues.map((i) => i.message).join('; ');
  };
  it('says what is wrong', () => {
    expect(problem({})).toBeUndefined();
    expect(problem({ holidays: ireland })).toBeUndefined();
    expect(problem({ cutoverWeekdays: [] })).toMatch(/at least one cutover weekday/);
    expect(problem({ cutoverWeekdays: [6, 6] })).toMatch(/once/);
    expect(problem({ cutoverTime: '8pm' })).toMatch(/hh:mm/);
    expect(problem({ financeClose: { before: 10, after: 10 } })).toMatch(/at most 15 business days/);
    expect(problem({ holidays: { country: 'XX', region: '' } })).toMatch(/“XX” is not a country code/);
    expect(problem({ holidays: { country: 'DE', region: 'ZZ' } })).toMatch(/“ZZ” is not a region of Germany/);
    expect(problem({ blackouts: [{ from: '2027-05-02', to: '2027-05-01', label: 'x' }] })).toMatch(/ends on or after/);
    const year = [
      { from: '2027-01-01', to: '2027-08-31', label: 'a' },
      { from: '2027-09-01', to: '2028-03-01', label: 'b' },
    ];
    expect(problem({ blackouts: year })).toMatch(/from 2027-01-01 to 2028-03-01 \(426 days\)/);
  });
});
