import { createRequire } from 'node:module';
import { addDays, formatISO, getISODay, lastDayOfMonth, parseISO } from 'date-fns';
import type { Wave } from '../../shared/planner/plan-types.js';
import { optional, type PlanFacts, type Violation } from './plan-facts.js';

// The calendar checks: cutover days (allowed weekdays, public holidays, finance close or
// the old month-end freeze, blackouts) and how waves follow each other (waves in flight,
// a wave starting only after the previous cutover). Settings that other sessions are
// adding are read optionally, with the defaults issue 16 names.

const iso = (d: Date) => formatISO(d, { representation: 'date' });
const plus = (day: string, n: number) => iso(addDays(parseISO(day), n));

interface HolidayEntry {
  date: string;
  type: string;
}
interface HolidayCalendar {
  getHolidays(year: number): HolidayEntry[];
}
type HolidaysConstructor = new (country: string, region?: string) => HolidayCalendar;

/** date-holidays, when it is installed (the lead adds it); undefined when not, and the holiday check is skipped. */
export function loadHolidays(): HolidaysConstructor | undefined {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('date-holidays');
  } catch {
    return undefined;
  }
  const module = require('date-holidays') as HolidaysConstructor | { default: HolidaysConstructor };
  return 'default' in module ? module.default : module;
}

/** Public holidays of the settings' country and region, by day; undefined when there is no setting or no library. */
export function publicHolidays(settings: object): ((day: string) => string | undefined) | undefined {
  const where = optional<{ country: string; region?: string | null }>(settings, 'holidays');
  const Holidays = where ? loadHolidays() : undefined;
  if (!where || !Holidays) return undefined;
  const calendar = where.region ? new Holidays(where.country, where.region) : new Holidays(where.country);
  const years = new Map<number, Map<string, string>>();
  return (day) => {
    const year = Number(day.slice(0, 4));
    let known = years.get(year);
    if (!known) {
      known = new Map();
      for (const h of calendar.getHolidays(year)) if (h.type === 'public') known.set(h.date.slice(0, 10), (h as unknown as { name?: string }).name ?? 'public holiday');
      years.set(year, known);
    }
    return known.get(day);
  };
}

/**
 * Finance close as business days around month end (issue 16): `before` business days
 * ending the month (BD-before..BD-1) through `after` business days opening the next
 * (BD+1..BD+after), and every day between them (a weekend inside the close is closed
 * too). A business day is Monday to Friday and not a public holiday.
 */
export function financeCloseOf(settings: object, holiday: ((day: string) => string | undefined) | undefined): ((day: string) => boolean) | undefined {
  const close = optional<{ before: number; after: number }>(settings, 'financeClose');
  if (!close || (close.before <= 0 && close.after <= 0)) return undefined;
  const business = (day: string) => getISODay(parseISO(day)) <= 5 && !holiday?.(day);
  const windowAfter = (monthEnd: string): [string, string] => {
    let from = plus(monthEnd, 1);
    for (let n = 0, at = monthEnd; n < close.before; at = plus(at, -1)) if (business(at)) [n, from] = [n + 1, at];
    let to = monthEnd;
    for (let n = 0, at = plus(monthEnd, 1); n < close.after; at = plus(at, 1)) if (business(at)) [n, to] = [n + 1, at];
    return [from, to];
  };
  return (day) => {
    const date = parseISO(day);
    const thisEnd = iso(lastDayOfMonth(date));
    const lastEnd = plus(`${day.slice(0, 8)}01`, -1);
    return [windowAfter(thisEnd), windowAfter(lastEnd)].some(([from, to]) => day >= from && day <= to);
  };
}

/** Every wave with members (and the foundation wave 0 when it holds any) cuts over on an open day. */
export function cutoverDays(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const weekdays = optional<number[]>(f.settings, 'cutoverWeekdays') ?? [6, 7];
  const holiday = publicHolidays(f.settings);
  const close = financeCloseOf(f.settings, holiday);
  const freeze = close ? 0 : (optional<number>(f.settings, 'monthEndFreezeDays') ?? 0);
  for (const wave of f.movingWaves()) {
    const day = wave.cutover;
    const say = (rule: Violation['rule'], why: string) => out.push({ rule, wave: wave.number, workloadIds: [], dependencyIds: [], why: `Wave ${wave.number} cuts over on ${day}: ${why}` });
    const weekday = getISODay(parseISO(day));
    if (!weekdays.includes(weekday)) say('cutover-weekday', `ISO weekday ${weekday}, not one of the allowed ${weekdays.join(', ')}.`);
    const holidayName = holiday?.(day);
    if (holidayName) say('cutover-holiday', `a public holiday (${holidayName}).`);
    if (close?.(day)) say('finance-close', 'inside the finance close.');
    if (freeze > 0 && iso(lastDayOfMonth(parseISO(day))) < plus(day, freeze)) say('finance-close', `inside the month-end freeze (last ${freeze} days).`);
    for (const b of f.settings.blackouts) if (day >= b.from && day <= b.to) say('blackout', `inside the blackout ${b.label || ''} ${b.from} to ${b.to}.`);
  }
  return out;
}

/**
 * Waves follow each other: never more than `wavesInFlight` waves open on one day (a wave
 * is open from its start to its cutover or end), cutovers in wave order, and with one
 * wave in flight, no two cutovers on one day and each wave starting after the previous
 * wave's cutover.
 */
export function wavesInFlight(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const waves = [...f.plan.waves].sort((a, b) => a.number - b.number);
  const last = (w: Wave) => (w.cutover > w.end ? w.cutover : w.end);
  const limit = f.settings.wavesInFlight;
  for (const wave of waves) {
    if (wave.cutover < wave.start)
      out.push({ rule: 'wave-sequence', wave: wave.number, workloadIds: [], dependencyIds: [], why: `Wave ${wave.number} cuts over on ${wave.cutover}, before it starts (${wave.start}).` });
    const open = waves.filter((o) => o.start <= wave.start && last(o) >= wave.start);
    if (open.length > limit)
      out.push({
        rule: 'waves-in-flight',
        wave: wave.number,
        workloadIds: [],
        dependencyIds: [],
        why: `On ${wave.start} waves ${open.map((o) => o.number).join(', ')} are in flight; at most ${limit} may be.`,
      });
  }
  for (let i = 1; i < waves.length; i++) {
    const before = waves[i - 1] as Wave;
    const wave = waves[i] as Wave;
    const say = (rule: Violation['rule'], why: string) => out.push({ rule, wave: wave.number, workloadIds: [], dependencyIds: [], why: `Wave ${wave.number}: ${why}` });
    if (wave.cutover < before.cutover) say('wave-sequence', `cuts over on ${wave.cutover}, before wave ${before.number} (${before.cutover}).`);
    if (limit === 1 && wave.cutover === before.cutover) say('waves-in-flight', `cuts over on ${wave.cutover}, the same day as wave ${before.number}, with one wave in flight.`);
    if (limit === 1 && wave.start <= before.cutover) say('waves-in-flight', `starts ${wave.start}, not after wave ${before.number}'s cutover ${before.cutover}, with one wave in flight.`);
  }
  return out;
}
