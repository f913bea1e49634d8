import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedSpans, CutoverCalendar, dayNumberOf } from '../../../../shared/planner/calendar.js';
import { DEFAULT_PLAN_SETTINGS, PlanSettingsSchema, type PlanSettings } from '../../../../shared/planner/settings.js';
import { WaveCalendar, type WaveDates } from '../../../../shared/planner/wave-calendar.js';

// Wave dates: the cutover is the last open day of the slot, or the first after it; moving
// one wave moves the ones after it, so waves in flight is never exceeded and no two waves
// cut over on one day.

const settings = (over: Partial<PlanSettings> = {}): PlanSettings => ({ ...DEFAULT_PLAN_SETTINGS, ...over });
const datesOf = (s: PlanSettings, count: number): WaveDates[] => {
  const calendar = new WaveCalendar(s);
  const first = s.foundationWave ? 0 : 1;
  return Array.from({ length: count }, (_, i) => calendar.dates(first + i));
};
const day = dayNumberOf;

/** The most waves in flight (start to cutover) on any one day. */
function mostInFlight(waves: readonly WaveDates[]): number {
  const events = waves.flatMap((w) => [
    [day(w.start), 1],
    [day(w.cutover) + 1, -1],
  ]);
  events.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  let now = 0;
  let most = 0;
  for (const [, change] of events) most = Math.max(most, (now += change as number));
  return most;
}

describe('wave dates', () => {
  it('cuts over on the last open day of the slot, skipping Easter Sunday with Irish holidays', () => {
    const s = settings({ startDate: '2027-03-15', waveLengthDays: 14, holidays: { country: 'IE', region: '' }, financeClose: { before: 0, after: 0 } });
    const wave = new WaveCalendar(s).dates(1);
    expect(wave).toEqual({
      start: '2027-03-15',
      end: '2027-03-28',
      cutover: '2027-03-21',
      cutoverMoved: ['Easter Sunday (holiday weekend, IE)', 'Good Friday weekend (holiday weekend, IE)'],
    });
    expect(new WaveCalendar({ ...s, holidays: null }).dates(1).cutover).toBe('2027-03-28');
  });

  it('never cuts over on a Monday the 1st in finance close', () => {
    // The old month-end freeze pushed this cutover to Monday 1 November; now the slot's last open weekend day before the close is taken.
    const s = settings({ startDate: '2027-10-18', waveLengthDays: 14, cutoverWeekdays: [1, 6, 7] });
    const wave = new WaveCalendar(s).dates(1);
    expect(wave.cutover).toBe('2027-10-25');
    expect(wave.cutoverMoved).toEqual(['finance close BD-3..BD+3']);
  });

  it('never stacks waves on one day over a New Year blackout, and the next wave starts after the cutover', () => {
    const s = settings({
      startDate: '2027-12-06',
      waveLengthDays: 7,
      wavesInFlight: 1,
      holidays: { country: 'IE', region: '' },
      financeClose: { before: 0, after: 0 },
      blackouts: [{ from: '2027-12-18', to: '2028-01-02', label: 'Christmas change freeze' }],
    });
    const waves = datesOf(s, 6);
    expect(waves.map((w) => w.cutover)).toEqual(['2027-12-12', '2028-01-08', '2028-01-15', '2028-01-22', '2028-01-29', '2028-02-05']);
    expect(waves[1]?.cutoverMoved).toEqual(['Christmas change freeze']);
    expect(waves[2]?.start).toBe('2028-01-09');
    for (let n = 1; n < waves.length; n++) expect(day((waves[n] as WaveDates).start)).toBeGreaterThan(day((waves[n - 1] as WaveDates).cutover));
    expect(mostInFlight(waves)).toBe(1);
  });

  it('with two waves in flight, has two at a time but never three, each cutting over on its own day', () => {
    const s = settings({ wavesInFlight: 2, blackouts: [{ from: '2027-02-01', to: '2027-02-20', label: 'EHR upgrade' }] });
    const waves = datesOf(s, 24);
    expect(mostInFlight(waves)).toBe(2);
    expect(new Set(waves.map((w) => w.cutover)).size).toBe(waves.length);
  });

  it('moves the foundation wave by the same rules, and nothing starts before it is done', () => {
    const s = settings({ startDate: '2027-01-18', foundationWave: true, wavesInFlight: 3 });
    const [zero, one, two] = datesOf(s, 3) as [WaveDates, WaveDates, WaveDates];
    expect(zero.cutover).toBe('2027-01-24'); // the slot's last weekend is in January's close
    expect(zero.cutoverMoved).toEqual(['finance close BD-3..BD+3']);
    expect(one.start).toBe('2027-02-01');
    expect(two.start).toBe('2027-02-01');
  });

  it('stretches a wave whose slot has no cutover weekday, and says so', () => {
    const wave = new WaveCalendar(settings({ startDate: '2027-05-03', waveLengthDays: 3 })).dates(1);
    expect(wave).toEqual({ start: '2027-05-03', end: '2027-05-08', cutover: '2027-05-08', cutoverMoved: ['days that are not cutover weekdays'] });
  });

  it('works out ten thousand waves, and a second calendar over the kept holidays gives the same days', () => {
    // How fast is the benchmark's business (npm run bench), not a unit test's.
    const s = settings({ holidays: { country: 'IE', region: '' }, waveLengthDays: 7 });
    const first = new WaveCalendar(s); // the first plan works out each year's holidays once
    const calendar = new WaveCalendar({ ...s });
    for (let n = 1; n <= 10_000; n++) expect(calendar.dates(n).cutover).toBe(first.dates(n).cutover);
    expect(calendar.dates(10_000).cutover > '2200-01-01').toBe(true);
  });
});

// Random settings: every cutover is open and the last open day of its (moved) slot, and the in-flight rule holds.
const randomSettings = fc
  .record({
    start: fc.integer({ min: 0, max: 4 * 365 }),
    length: fc.integer({ min: 1, max: 30 }),
    inFlight: fc.integer({ min: 1, max: 4 }),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.constantFrom(null, { country: 'IE', region: '' }, { country: 'GB', region: 'ENG' }, { country: 'DE', region: 'BY' }, { country: 'US', region: '' }),
    before: fc.integer({ min: 0, max: 6 }),
    after: fc.integer({ min: 0, max: 6 }),
    blackouts: fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 40 })), { maxLength: 4 }),
    foundation: fc.boolean(),
  })
  .map((r): PlanSettings => {
    const iso = (offset: number) => new Date(Date.UTC(2027, 0, 1) + (r.start + offset) * 86_400_000).toISOString().slice(0, 10);
    return settings({
      startDate: iso(0),
      waveLengthDays: r.length,
      wavesInFlight: r.inFlight,
      cutoverWeekdays: r.weekdays,
      holidays: r.holidays,
      financeClose: { before: r.before, after: r.after },
      blackouts: r.blackouts.map(([from, days], i) => ({ from: iso(from), to: iso(from + days), label: `Blackout ${i + 1}` })),
      foundationWave: r.foundation,
    });
  });

describe('wave dates (property)', () => {
  it('every cutover is open, ordered, the last open day it could be, and waves in flight is never exceeded', () => {
    fc.assert(
      fc.property(randomSettings, (s) => {
        expect(PlanSettingsSchema.safeParse(s).success).toBe(true);
        const days = new CutoverCalendar(s);
        const waves = datesOf(s, 40);
        const k = s.wavesInFlight;
        waves.forEach((w, i) => {
          const [start, cutover, end] = [day(w.start), day(w.cutover), day(w.end)];
          expect(days.closedBecause(cutover), `${w.cutover} is open`).toBeUndefined();
          expect(start <= cutover && cutover <= end).toBe(true);
          expect(day(w.start)).toBeGreaterThanOrEqual(day(s.startDate));
          const previous = waves[i - 1];
          if (previous) expect(cutover).toBeGreaterThan(day(previous.cutover));
          if (previous) expect(start).toBeGreaterThanOrEqual(day(previous.start));
          const behind = waves[i - k];
          if (behind) expect(start).toBeGreaterThan(day(behind.end));
          if (s.foundationWave && i > 0) expect(start).toBeGreaterThan(day((waves[0] as WaveDates).end));
          // The last open day of the slot: no open day after it in the slot.
          for (let d = cutover + 1; d <= start + s.waveLengthDays - 1; d++) expect(days.isOpen(d)).toBe(false);
        });
        expect(mostInFlight(waves)).toBeLessThanOrEqual(k);
      }),
      { numRuns: 150 },
    );
  });
});

describe('closed spans for the timeline', () => {
  it('joins the days of one holiday or one finance close into a span, whatever the weekday', () => {
    const spans = closedSpans({ ...DEFAULT_PLAN_SETTINGS, holidays: { country: 'IE', region: '' }, financeClose: { before: 2, after: 1 } }, '2027-03-20', '2027-04-05');
    expect(spans).toContainEqual(expect.objectContaining({ from: '2027-03-29', to: '2027-03-29', why: expect.stringContaining('Easter Monday') }));
    const close = spans.find((s) => s.why.startsWith('finance close'));
    // The last two business days of March 2027 (Tue 30, Wed 31) to the first of April (Thu 1).
    expect(close).toEqual({ from: '2027-03-30', to: '2027-04-01', why: 'finance close BD-2..BD+1' });
  });
});
