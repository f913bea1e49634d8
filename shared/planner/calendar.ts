import { holidayCalendarOf, type HolidayCalendar } from './holidays.js';
import type { PlanSettings } from './settings.js';

// Which days can take a cutover (docs/domain-rules.md, "Waves", Dates): an allowed
// weekday that is not a public holiday, not inside finance close and not in a blackout.
// Days are counted as whole numbers (days since 1970-01-01, UTC) so the planner can ask
// about every day of ten thousand waves cheaply; holidays and close spans are kept per
// year and per month.

export type CalendarSettings = Pick<PlanSettings, 'blackouts' | 'cutoverWeekdays' | 'holidays' | 'financeClose'>;

const DAY_MS = 86_400_000;

/** A day as a whole number (days since 1970-01-01). */
export const dayNumberOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
/**
 * A day number as yyyy-mm-dd, by arithmetic (Howard Hinnant's civil-from-days) rather
 * than a Date and toISOString: the calendar turns every day of ten thousand waves back.
 */
export function isoOfDay(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: number): number => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

export function shiftDays(iso: string, days: number): string {
  return isoOfDay(dayNumberOf(iso) + days);
}

/** Why a day is closed, and whether it is only the weekday (worth saying only when nothing else was in the way). */
export interface Closure {
  why: string;
  weekdayOnly: boolean;
}

const NOT_A_CUTOVER_WEEKDAY: Closure = { why: 'not a cutover weekday', weekdayOnly: true };

export class CutoverCalendar {
  private readonly weekdays: boolean[] = [];
  private readonly holidays: HolidayCalendar | undefined;
  private readonly blackouts: { from: number; to: number; why: string }[];
  private readonly closeSpans = new Map<number, { from: number; to: number } | null>();
  readonly closeWords: string;

  constructor(private readonly settings: CalendarSettings) {
    for (const d of settings.cutoverWeekdays) this.weekdays[d] = true;
    this.holidays = settings.holidays ? holidayCalendarOf(settings.holidays) : undefined;
    this.blackouts = settings.blackouts.map((b) => ({ from: dayNumberOf(b.from), to: dayNumberOf(b.to), why: b.label || `blackout ${b.from} to ${b.to}` }));
    const { before, after } = settings.financeClose;
    this.closeWords = before === 0 ? `finance close (1st to BD+${after})` : after === 0 ? `finance close (BD-${before} to month end)` : `finance close BD-${before}..BD+${after}`;
  }

  /** The public holiday on a day, in words, or undefined. */
  holiday(dayNumber: number): string | undefined {
    return this.holidays?.closed(isoOfDay(dayNumber));
  }

  /** Monday to Friday and not a public holiday. */
  isBusinessDay(dayNumber: number): boolean {
    return weekdayOf(dayNumber) <= 5 && this.holiday(dayNumber) === undefined;
  }

  /** Why no cutover can fall on the day, or undefined when one can. The weekday is checked first: it is the cheapest and the most common. */
  closedBecause(dayNumber: number): Closure | undefined {
    if (!this.weekdays[weekdayOf(dayNumber)]) return NOT_A_CUTOVER_WEEKDAY;
    for (const b of this.blackouts) if (dayNumber >= b.from && dayNumber <= b.to) return { why: b.why, weekdayOnly: false };
    const holiday = this.holiday(dayNumber);
    if (holiday) return { why: holiday, weekdayOnly: false };
    if (this.inFinanceClose(dayNumber)) return { why: this.closeWords, weekdayOnly: false };
    return undefined;
  }

  isOpen(dayNumber: number): boolean {
    return this.closedBecause(dayNumber) === undefined;
  }

  /** Inside finance close: from the `before`-th last business day of a month to the `after`-th business day of the next, every day between included. */
  inFinanceClose(dayNumber: number): boolean {
    const { before, after } = this.settings.financeClose;
    if (before === 0 && after === 0) return false;
    const date = new Date(dayNumber * DAY_MS);
    const month = date.getUTCFullYear() * 12 + date.getUTCMonth();
    // The day can sit in the close at the end of its own month or at the end of the month before (asked for every day of every wave: no array of the two).
    const previous = this.closeSpan(month - 1);
    if (previous && dayNumber >= previous.from && dayNumber <= previous.to) return true;
    const own = this.closeSpan(month);
    return own !== null && dayNumber >= own.from && dayNumber <= own.to;
  }

  /** The close around the end of month `m` (year × 12 + month index), kept per month. */
  private closeSpan(m: number): { from: number; to: number } | null {
    let span = this.closeSpans.get(m);
    if (span !== undefined) return span;
    const { before, after } = this.settings.financeClose;
    const firstOfNext = Math.round(Date.UTC(Math.floor((m + 1) / 12), (m + 1) % 12, 1) / DAY_MS);
    let from = firstOfNext; // with no business days before month end, the close starts on the 1st
    for (let count = 0, d = firstOfNext - 1; count < before; d--) {
      if (this.isBusinessDay(d)) {
        count++;
        from = d;
      }
    }
    let to = firstOfNext - 1; // with none after, it ends on the month's last day
    for (let count = 0, d = firstOfNext; count < after; d++) {
      if (this.isBusinessDay(d)) {
        count++;
        to = d;
      }
    }
    span = before === 0 && after === 0 ? null : { from, to };
    this.closeSpans.set(m, span);
    return span;
  }
}

// One calendar per settings object: building one reads the holiday rules of a country.
const calendars = new WeakMap<CalendarSettings, CutoverCalendar>();
export function cutoverCalendarOf(settings: CalendarSettings): CutoverCalendar {
  let calendar = calendars.get(settings);
  if (!calendar) {
    calendar = new CutoverCalendar(settings);
    calendars.set(settings, calendar);
  }
  return calendar;
}

/** Why a day cannot take a cutover, or undefined when it can. */
export function blockedBecause(iso: string, settings: CalendarSettings): string | undefined {
  return cutoverCalendarOf(settings).closedBecause(dayNumberOf(iso))?.why;
}

/**
 * The spans between two days (inclusive) closed by a public holiday or finance close,
 * whatever the weekday, for the timeline to shade: consecutive days with the same
 * reason are one span. Blackouts are left out (the timeline draws them with their labels).
 */
export function closedSpans(settings: CalendarSettings, fromIso: string, toIso: string): { from: string; to: string; why: string }[] {
  const calendar = cutoverCalendarOf(settings);
  const spans: { from: number; to: number; why: string }[] = [];
  const last = dayNumberOf(toIso);
  for (let day = dayNumberOf(fromIso); day <= last; day++) {
    const why = calendar.holiday(day) ?? (calendar.inFinanceClose(day) ? calendar.closeWords : undefined);
    if (!why) continue;
    const open = spans.at(-1);
    if (open && open.to === day - 1 && open.why === why) open.to = day;
    else spans.push({ from: day, to: day, why });
  }
  return spans.map((s) => ({ from: isoOfDay(s.from), to: isoOfDay(s.to), why: s.why }));
}
