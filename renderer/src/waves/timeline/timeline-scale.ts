import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek, startOfMonth, startOfQuarter } from 'date-fns';

// Where the timeline draws a day, and which dates its axis names. With 60 waves over
// years the month labels ran into each other (issue 19): the axis now has a unit
// (weeks, months, quarters), and names only every k-th tick so labels keep their room.

export type Zoom = 'fit' | 'weeks' | 'months' | 'quarters';
export type Unit = Exclude<Zoom, 'fit'>;

export const ZOOMS: { zoom: Zoom; label: string }[] = [
  { zoom: 'fit', label: 'Fit' },
  { zoom: 'weeks', label: 'Weeks' },
  { zoom: 'months', label: 'Months' },
  { zoom: 'quarters', label: 'Quarters' },
];

/** Pixels per day at each fixed zoom: a week, a month or a quarter a little wider than its label. */
const PX_PER_DAY: Record<Unit, number> = { weeks: 14, months: 4, quarters: 1.4 };
const UNIT_DAYS: Record<Unit, number> = { weeks: 7, months: 30.4, quarters: 91.3 };
/** The room a label needs, with a gap: "Sep 2027" at 11 px is about 52 px. */
export const LABEL_ROOM = 72;
/** Steps an axis may skip by, so labels land on round counts (every 2 weeks, every 6 months). */
const STEPS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 48];

export interface Tick {
  day: string;
  /** Pixels from the first day. */
  at: number;
  label: string | null;
}

export interface Scale {
  first: string;
  days: number;
  pxPerDay: number;
  width: number;
  unit: Unit;
  ticks: Tick[];
  /** Pixels from the first day to the start of a day. */
  px(iso: string): number;
}

/** The axis for a span of days drawn `zoom`-wide; `fitWidth` is the room Fit has to fill. */
export function timelineScale(first: string, last: string, zoom: Zoom, fitWidth: number): Scale {
  const days = Math.max(1, differenceInCalendarDays(parseISO(last), parseISO(first)) + 1);
  const pxPerDay = zoom === 'fit' ? Math.max(0.2, fitWidth / days) : PX_PER_DAY[zoom];
  // Fit picks the finest unit whose ticks are at least a label apart, else quarters thinned.
  const unit: Unit = zoom !== 'fit' ? zoom : ((['weeks', 'months', 'quarters'] as const).find((u) => UNIT_DAYS[u] * pxPerDay >= LABEL_ROOM) ?? 'quarters');
  const step = STEPS.find((s) => s * UNIT_DAYS[unit] * pxPerDay >= LABEL_ROOM) ?? (STEPS.at(-1) as number);
  const start = parseISO(first);
  const px = (iso: string) => differenceInCalendarDays(parseISO(iso), start) * pxPerDay;
  const ticks: Tick[] = [];
  let i = 0;
  for (let d = unitStart(start, unit); differenceInCalendarDays(d, start) < days; d = nextUnit(d, unit), i++) {
    const day = format(d, 'yyyy-MM-dd');
    ticks.push({ day, at: Math.max(0, px(day)), label: i % step === 0 ? tickLabel(d, unit, i === 0) : null });
  }
  // The first tick may sit before the first day: its label moves to day one, so drop a next one that would touch it.
  if (ticks.length > 1 && ticks[0] && ticks[1]?.label && ticks[1].at - ticks[0].at < LABEL_ROOM) ticks[1].label = null;
  return { first, days, pxPerDay, width: Math.round(days * pxPerDay), unit, ticks, px };
}

function unitStart(d: Date, unit: Unit): Date {
  return unit === 'weeks' ? startOfISOWeek(d) : unit === 'months' ? startOfMonth(d) : startOfQuarter(d);
}

function nextUnit(d: Date, unit: Unit): Date {
  if (unit === 'weeks') return addDays(d, 7);
  return new Date(d.getFullYear(), d.getMonth() + (unit === 'months' ? 1 : 3), 1);
}

function tickLabel(d: Date, unit: Unit, first: boolean): string {
  if (unit === 'quarters') return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`;
  if (unit === 'months') return format(d, 'MMM yyyy');
  // Weeks by the Monday they start on; the year where it turns and on the first tick.
  return first || (d.getMonth() === 0 && d.getDate() <= 7) ? format(d, 'd MMM yyyy') : format(d, 'd MMM');
}

/** A wave's dates as its bar says them: "4–17 Jan", "28 Jan – 10 Feb", with the year when it turns. */
export function barDates(start: string, end: string): string {
  const a = parseISO(start);
  const b = parseISO(end);
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, 'd MMM yyyy')} – ${format(b, 'd MMM yyyy')}`;
  if (a.getMonth() === b.getMonth()) return `${format(a, 'd')}–${format(b, 'd MMM')}`;
  return `${format(a, 'd MMM')} – ${format(b, 'd MMM')}`;
}
