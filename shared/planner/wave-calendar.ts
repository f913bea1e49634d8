import { firstOpenDay, shiftDays } from './calendar.js';
import type { PlanSettings } from './settings.js';

// The dates of every wave, as a function of the plan settings alone (never of what a
// wave holds), so the scheduler can ask a wave's cutover day while it places units
// (workload date constraints) and the wave cards show the same days.

export interface WaveDates {
  start: string;
  end: string;
  /** The day the wave cuts over (its last working day, moved out of closed days). */
  cutover: string;
  /** What the cutover date had to skip (blackouts, holidays, finance close). */
  cutoverMoved: string[];
}

export class WaveCalendar {
  private readonly known: WaveDates[] = [];
  constructor(private readonly settings: PlanSettings) {}

  /** The dates of wave `n` (0: the foundation wave, when there is one). Memoised. */
  dates(n: number): WaveDates {
    let known = this.known[n];
    if (!known) {
      known = this.work(n);
      this.known[n] = known;
    }
    return known;
  }

  private work(n: number): WaveDates {
    const { settings } = this;
    const offset = settings.foundationWave ? 1 : 0;
    if (n === 0) {
      const end = shiftDays(settings.startDate, settings.waveLengthDays - 1);
      return { start: settings.startDate, end, cutover: end, cutoverMoved: [] };
    }
    const slot = Math.floor((n - 1 + offset) / settings.wavesInFlight);
    const start = shiftDays(settings.startDate, slot * settings.waveLengthDays);
    const slotEnd = shiftDays(start, settings.waveLengthDays - 1);
    const open = firstOpenDay(slotEnd, settings);
    return { start, end: open.day > slotEnd ? open.day : slotEnd, cutover: open.day, cutoverMoved: open.skipped };
  }
}
