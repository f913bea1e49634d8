import { isCalendarDay } from '../domain/calendar-day.js';
import { cutoverCalendarOf, dayNumberOf, isoOfDay, type CutoverCalendar } from './calendar.js';
import type { PlanSettings } from './settings.js';

// The dates of every wave, as a function of the plan settings alone (never of what a
// wave holds), so the scheduler can ask a wave's cutover day while it places units
// (workload date constraints) and the wave cards show the same days.
//
// Each wave has a slot of the wave length, `wavesInFlight` waves to a slot (the
// foundation wave 0 alone in the first). Its cutover is the last open day of its slot
// (calendar.ts says which days are open); when the slot has none, the wave stretches to
// the first open day after it. Moving one wave moves the ones after it:
// - a wave starts no earlier than the day after wave n − wavesInFlight ends, so no more
//   than that many waves are ever in flight, and every wave after the foundation wave
//   starts after it ends (nothing lands before the landing zone is built);
// - a wave cuts over strictly after the wave before it, so no two waves cut over on one day.

export interface WaveDates {
  start: string;
  /** The slot's last day, or the cutover when that is later. */
  end: string;
  /** The day the wave cuts over (the last open day of its slot, or the first after it). */
  cutover: string;
  /** What the cutover date had to skip (blackouts, holidays, finance close), in words. */
  cutoverMoved: string[];
}

/** How far past its slot a cutover is searched for; the settings' checks leave an open day well within it. */
const SEARCH_DAYS = 5 * 366;

interface Worked {
  start: number;
  end: number;
  cutover: number;
  dates: WaveDates;
}

export class WaveCalendar {
  private readonly known: Worked[] = [];
  /** firstAfterCutoverOf by wave, once worked out: every unit placed asks it of a few waves. */
  private readonly afterCutover: number[] = [];
  private readonly days: CutoverCalendar;
  private readonly first: number;
  /** The start date as a day number, worked out once rather than parsed for every wave. */
  private readonly startDay: number;
  constructor(private readonly settings: PlanSettings) {
    // The settings' schema refuses a day that does not exist; a plan asked for one anyway
    // (an old file, a hand-edited one) must fail loudly rather than roll 30 February over to March.
    for (const day of [settings.startDate, ...settings.blackouts.flatMap((b) => [b.from, b.to])])
      if (!isCalendarDay(day)) throw new RangeError(`The plan settings hold “${day}”, which is not a day in the calendar (yyyy-mm-dd).`);
    this.days = cutoverCalendarOf(settings);
    this.first = settings.foundationWave ? 0 : 1;
    this.startDay = dayNumberOf(settings.startDate);
  }

  /** The dates of wave `n` (0: the foundation wave, when there is one). Memoised; waves are worked out in order, since each depends on the ones before. */
  dates(n: number): WaveDates {
    const wave = Math.max(n, this.first);
    for (let k = Math.max(this.known.length, this.first); k <= wave; k++) this.known[k] = this.work(k);
    return (this.known[wave] as Worked).dates;
  }

  /**
   * The first wave after `wave` that starts once `wave` has cut over: what must come after
   * it (a production after its rehearsal, workloads after the platform, critical work after
   * the proving waves) goes no earlier. With one wave in flight that is simply the next wave;
   * with more, waves that overlap it are skipped.
   */
  firstAfterCutoverOf(wave: number): number {
    const known = this.afterCutover[wave];
    if (known !== undefined) return known;
    const cutover = this.dates(wave).cutover;
    let next = wave + 1;
    while (this.dates(next).start <= cutover) next++;
    this.afterCutover[wave] = next;
    return next;
  }

  /** The first day of wave `n`'s slot before anything moved it. */
  private plannedStart(n: number): number {
    const { waveLengthDays, wavesInFlight, foundationWave } = this.settings;
    const slot = foundationWave ? (n === 0 ? 0 : 1 + Math.floor((n - 1) / wavesInFlight)) : Math.floor((n - 1) / wavesInFlight);
    return this.startDay + slot * waveLengthDays;
  }

  private work(n: number): Worked {
    const { waveLengthDays, wavesInFlight, foundationWave } = this.settings;
    let start = this.plannedStart(n);
    const behind = this.known[n - wavesInFlight];
    if (n - wavesInFlight >= this.first && behind) start = Math.max(start, behind.end + 1);
    if (foundationWave && n > 0) start = Math.max(start, (this.known[0] as Worked).end + 1);
    const slotEnd = start + waveLengthDays - 1;
    const previous = n > this.first ? (this.known[n - 1] as Worked).cutover : -Infinity;

    // What the search skipped, and whether it skipped only days that are not cutover weekdays
    // (a method, not a closure per wave: thousands of waves each made one).
    const skipped = new Set<string>();
    const seen = { weekdayOnly: true };

    // The last open day of the slot after the previous wave's cutover, leaving the wave at
    // least half its length to prepare: a cutover on a wave's first day is no wave at all.
    const prepared = start + Math.floor((waveLengthDays - 1) / 2);
    let cutover: number | undefined;
    for (let day = slotEnd; day >= prepared && day > previous; day--) {
      if (this.note(day, skipped, seen)) {
        cutover = day;
        break;
      }
    }
    if (cutover === undefined) {
      // None: the wave stretches to the first open day after its slot (and after the previous cutover).
      if (previous >= prepared && this.openBetween(prepared, Math.min(previous, slotEnd))) skipped.add(`wave ${n - 1}’s cutover on ${isoOfDay(previous)}`);
      const from = Math.max(slotEnd, previous) + 1;
      for (let day = from; day < from + SEARCH_DAYS; day++) {
        if (this.note(day, skipped, seen)) {
          cutover = day;
          break;
        }
      }
      if (seen.weekdayOnly && skipped.size === 0) skipped.add('days that are not cutover weekdays');
      if (cutover === undefined) {
        // Settings checks keep this from happening; if it does, say so rather than search on.
        cutover = from;
        skipped.add(`no open day within ${SEARCH_DAYS} days: check the calendar settings`);
      }
    }
    const end = Math.max(slotEnd, cutover);
    return { start, end, cutover, dates: { start: isoOfDay(start), end: isoOfDay(end), cutover: isoOfDay(cutover), cutoverMoved: [...skipped] } };
  }

  /** Whether `day` is open for a cutover; if not, why is added to `skipped` (unless it is only not a cutover weekday). */
  private note(day: number, skipped: Set<string>, seen: { weekdayOnly: boolean }): boolean {
    const closure = this.days.closedBecause(day);
    if (closure && !closure.weekdayOnly) {
      skipped.add(closure.why);
      seen.weekdayOnly = false;
    }
    return closure === undefined;
  }

  private openBetween(from: number, to: number): boolean {
    for (let day = from; day <= to; day++) if (this.days.isOpen(day)) return true;
    return false;
  }
}
