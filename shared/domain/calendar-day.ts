import { z } from 'zod';

// A calendar day as yyyy-mm-dd. The shape alone lets "2027-02-30" through, which then
// breaks every date sum downstream (waves, runbooks, the workbook): the day must exist.

/** True when text is yyyy-mm-dd and names a day that exists (leap years included). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const CalendarDaySchema = z.string().refine(isCalendarDay, 'A date that exists, as yyyy-mm-dd');
