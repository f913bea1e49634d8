import { addDays, differenceInCalendarDays, endOfMonth, formatISO, parseISO } from 'date-fns';
import type { PlanSettings } from './settings.js';

// Calendar days for the plan: wave slots, and cutovers moved out of blackout windows and
// the month-end freeze. Days are ISO strings; date-fns does the arithmetic.

const day = (d: Date) => formatISO(d, { representation: 'date' });

export function shiftDays(iso: string, days: number): string {
  return day(addDays(parseISO(iso), days));
}

/** Why a day cannot take a cutover, or undefined when it can. */
export function blockedBecause(iso: string, settings: Pick<PlanSettings, 'blackouts' | 'monthEndFreezeDays'>): string | undefined {
  for (const b of settings.blackouts) if (iso >= b.from && iso <= b.to) return b.label || `blackout ${b.from} to ${b.to}`;
  if (settings.monthEndFreezeDays > 0) {
    const date = parseISO(iso);
    if (differenceInCalendarDays(endOfMonth(date), date) < settings.monthEndFreezeDays) return `month-end freeze (last ${settings.monthEndFreezeDays} days)`;
  }
  return undefined;
}

/** The first day from `iso` on that can take a cutover, and what it had to skip. */
export function firstOpenDay(iso: string, settings: Pick<PlanSettings, 'blackouts' | 'monthEndFreezeDays'>): { day: string; skipped: string[] } {
  const skipped: string[] = [];
  let at = iso;
  // A year of blocked days would be a settings mistake; stop there rather than loop.
  for (let i = 0; i < 366; i++) {
    const why = blockedBecause(at, settings);
    if (!why) return { day: at, skipped };
    if (!skipped.includes(why)) skipped.push(why);
    at = shiftDays(at, 1);
  }
  return { day: at, skipped };
}
