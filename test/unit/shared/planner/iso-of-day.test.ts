import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoOfDay } from '../../../../shared/planner/calendar.js';

// The calendar's day numbers turn back into the days Date would give, without a Date.
describe('isoOfDay', () => {
  it('agrees with Date for every day from 1900 to 2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf('1900-01-01'), max: dayNumberOf('2999-12-31') }), (n) => {
        expect(isoOfDay(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    for (const day of ['2024-02-29', '2000-02-29', '2100-03-01', '1970-01-01', '2027-12-31']) expect(isoOfDay(dayNumberOf(day))).toBe(day);
  });
});
