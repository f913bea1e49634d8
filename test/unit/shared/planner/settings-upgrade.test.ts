import { describe, expect, it } from 'vitest';
import { readSetting } from '../../../../shared/estate/estate-settings.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';

// An estate stored with the old month-end freeze (calendar days) opens with finance close in business days.

describe('plan settings stored with monthEndFreezeDays', () => {
  it('keep their intent as finance close, and the rest of what was stored', () => {
    const read = readSetting('planSettings', JSON.stringify({ monthEndFreezeDays: 3, waveLengthDays: 21 }));
    expect(read.financeClose).toEqual({ before: 3, after: 3 });
    expect(read.waveLengthDays).toBe(21);
    expect(read.cutoverWeekdays).toEqual(DEFAULT_PLAN_SETTINGS.cutoverWeekdays);
    expect('monthEndFreezeDays' in read).toBe(false);
    expect(readSetting('planSettings', JSON.stringify({ monthEndFreezeDays: 5 })).financeClose).toEqual({ before: 5, after: 3 });
    expect(readSetting('planSettings', JSON.stringify({ monthEndFreezeDays: 15 })).financeClose).toEqual({ before: 10, after: 3 });
  });

  it('with no freeze, have no finance close; a stored finance close wins', () => {
    expect(readSetting('planSettings', JSON.stringify({ monthEndFreezeDays: 0 })).financeClose).toEqual({ before: 0, after: 0 });
    expect(readSetting('planSettings', JSON.stringify({ monthEndFreezeDays: 0, financeClose: { before: 2, after: 1 } })).financeClose).toEqual({ before: 2, after: 1 });
    expect(readSetting('planSettings', JSON.stringify({ holidays: { country: 'IE', region: '' } })).holidays).toEqual({ country: 'IE', region: '' });
  });
});
