import { differenceInCalendarDays, parseISO } from 'date-fns';

// Calendar days between two of the plan's days, for how long a workload runs twice.

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Calendar days from one day to another. The planner's days are plain yyyy-mm-dd, whose
 * difference is that of their UTC day numbers (date-fns parsing them was a sixth of the
 * costing of a 10,000-wave plan); anything else is read as date-fns reads it.
 */
export function calendarDaysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a !== null && b !== null) return b - a;
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** A plain yyyy-mm-dd day that exists as its UTC day number; null for anything else (Date.UTC would roll 02-30 over to March). */
function dayNumber(iso: string): number | null {
  if (!PLAIN_DAY.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const daysInMonth = (year: number, month: number) => (month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
