import { describe, expect, it } from 'vitest';
import { formatFieldValue, parseFieldText } from '../../../../shared/domain/field-text.js';
import { WorkloadSchema, blankWorkload } from '../../../../shared/domain/workload.js';
import { FIELD_BY_KEY } from '../../../../shared/domain/workload-fields.js';
import { dateLimitsOf } from '../../../../shared/domain/workload-dates.js';

const { blackouts, doneBy } = FIELD_BY_KEY;

describe('workload date limits as text', () => {
  it('reads a day, blank as none, and Excel’s midnight time as the day', () => {
    expect(parseFieldText(doneBy, ' 2027-01-27 ')).toEqual({ ok: true, value: '2027-01-27' });
    expect(parseFieldText(doneBy, '')).toEqual({ ok: true, value: '' });
    expect(parseFieldText(doneBy, '2027-01-27 00:00:00')).toEqual({ ok: true, value: '2027-01-27' });
  });

  it('refuses a day that does not exist or is not yyyy-mm-dd, naming the field and the text', () => {
    expect(parseFieldText(doneBy, '2027-02-30')).toEqual({ ok: false, error: 'Done by must be a date as yyyy-mm-dd (a day that exists); got “2027-02-30”' });
    expect(parseFieldText(doneBy, '27/01/2027')).toMatchObject({ ok: false, error: expect.stringContaining('“27/01/2027”') });
  });

  it('reads blackout windows from one cell, in date order, and writes them back the same', () => {
    const text = '2027-03-26 Easter upgrade; 2026-12-01..2026-12-31 December freeze, EHR vendor';
    const parsed = parseFieldText(blackouts, text);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { from: '2026-12-01', to: '2026-12-31', label: 'December freeze, EHR vendor' },
        { from: '2027-03-26', to: '2027-03-26', label: 'Easter upgrade' },
      ],
    });
    const shown = formatFieldValue(blackouts, parsed.ok ? parsed.value : []);
    expect(shown).toBe('2026-12-01..2026-12-31 December freeze, EHR vendor; 2027-03-26 Easter upgrade');
    expect(parseFieldText(blackouts, shown)).toEqual(parsed);
    expect(parseFieldText(blackouts, '2026-12-01 to 2026-12-31')).toEqual({ ok: true, value: [{ from: '2026-12-01', to: '2026-12-31', label: '' }] });
    expect(parseFieldText(blackouts, '')).toEqual({ ok: true, value: [] });
  });

  it('says which window is wrong and how', () => {
    expect(parseFieldText(blackouts, '2026-12-01..2026-12-31 ok; December')).toMatchObject({ ok: false, error: expect.stringMatching(/^Own blackouts: “December” does not start with a date/) });
    expect(parseFieldText(blackouts, '2026-12-31..2026-12-01 backwards')).toEqual({ ok: false, error: 'Own blackouts: “2026-12-31..2026-12-01 backwards” ends before it starts' });
    expect(parseFieldText(blackouts, '2026-12-01..2026-12-32')).toMatchObject({ ok: false, error: expect.stringContaining('does not end with a date that exists') });
  });

  it('the schema holds the same limits: days that exist, windows in order, no separator in a label', () => {
    const w = blankWorkload('a', 'A');
    expect(WorkloadSchema.safeParse({ ...w, notBefore: '2027-02-29' }).success).toBe(false);
    expect(WorkloadSchema.safeParse({ ...w, notBefore: '2028-02-29' }).success).toBe(true);
    expect(WorkloadSchema.safeParse({ ...w, blackouts: [{ from: '2026-12-31', to: '2026-12-01', label: '' }] }).success).toBe(false);
    expect(WorkloadSchema.safeParse({ ...w, blackouts: [{ from: '2026-12-01', to: '2026-12-31', label: 'a; b' }] }).success).toBe(false);
    expect(WorkloadSchema.safeParse({ ...w, blackouts: Array.from({ length: 21 }, () => ({ from: '2026-12-01', to: '2026-12-31', label: '' })) }).success).toBe(false);
  });
});

describe('a workload’s date limits in words', () => {
  it('names a whole month by its name, and says whether a wave keeps each limit', () => {
    const limits = dateLimitsOf({
      notBefore: '',
      notAfter: '2027-01-20',
      doneBy: '2027-01-27',
      blackouts: [
        { from: '2026-12-01', to: '2026-12-31', label: 'December freeze' },
        { from: '2027-02-02', to: '2027-02-02', label: '' },
      ],
    });
    expect(limits.map((l) => l.words)).toEqual(['not after 2027-01-20', 'done by 2027-01-27', 'not in December 2026 (December freeze, own blackout)', 'not in 2027-02-02 (own blackout)']);
    expect(limits.map((l) => l.keptBy({ cutover: '2026-12-27', end: '2026-12-27' }))).toEqual([true, true, false, true]);
    expect(limits.map((l) => l.keptBy({ cutover: '2027-01-24', end: '2027-01-30' }))).toEqual([false, false, true, true]);
  });
});
