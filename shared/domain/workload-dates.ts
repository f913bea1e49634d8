import { isCalendarDay } from './calendar-day.js';
import { MAX_WORKLOAD_BLACKOUTS, type Blackout } from './blackout.js';

// A workload's date limits as text: the day fields (yyyy-mm-dd, or '' for none) and its
// own blackout windows in one cell. The one cell is how the grid, a paste and the
// Excel Inventory sheet carry the list, so the format is written down here once:
//
//   2026-12-01..2026-12-31 December freeze; 2027-03-26 Easter upgrade
//
// windows separated by ";" (or line breaks), each "from..to" or a single day, then an
// optional label. Kept apart from the zod schemas so the renderer can read it without zod.

export const BLACKOUTS_FORMAT = 'yyyy-mm-dd..yyyy-mm-dd label; … (a single day on its own is one day)';

export type TextResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A day field's text: blank is none; a day must exist. Excel's "2026-12-01 00:00:00" is read as its day. */
export function readDay(label: string, raw: string): TextResult<string> {
  const text = raw.trim().replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '');
  if (text === '') return { ok: true, value: '' };
  if (!isCalendarDay(text)) return { ok: false, error: `${label} must be a date as yyyy-mm-dd (a day that exists); got “${raw.trim()}”` };
  return { ok: true, value: text };
}

// "from..to label" (also "from to to" and "from – to"), or "day label".
const WINDOW = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|–|—|\bto\b)\s*(\d{4}-\d{2}-\d{2}))?(?:\s+(.*))?$/;

/** A workload's own blackout windows from one cell, in date order; every failure names the window. */
export function readBlackouts(label: string, raw: string): TextResult<Blackout[]> {
  const parts = raw
    .split(/[;\r\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > MAX_WORKLOAD_BLACKOUTS) return { ok: false, error: `${label}: at most ${MAX_WORKLOAD_BLACKOUTS} windows; got ${parts.length}` };
  const windows: Blackout[] = [];
  for (const part of parts) {
    const m = WINDOW.exec(part);
    const from = m?.[1] ?? '';
    const to = m?.[2] ?? from;
    const name = (m?.[3] ?? '').trim();
    const expected = `expected ${BLACKOUTS_FORMAT}`;
    if (!isCalendarDay(from)) return { ok: false, error: `${label}: “${part}” does not start with a date that exists (yyyy-mm-dd); ${expected}` };
    if (!isCalendarDay(to)) return { ok: false, error: `${label}: “${part}” does not end with a date that exists (yyyy-mm-dd); ${expected}` };
    if (to < from) return { ok: false, error: `${label}: “${part}” ends before it starts` };
    if (name.length > 120) return { ok: false, error: `${label}: the label of “${from}..${to}” is longer than 120 characters` };
    windows.push({ from, to, label: name });
  }
  return { ok: true, value: windows.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)) };
}

/** One window as the cell writes it: "2026-12-01..2026-12-31 December freeze". */
export const blackoutText = (b: Blackout) => `${b.from === b.to ? b.from : `${b.from}..${b.to}`}${b.label ? ` ${b.label}` : ''}`;

export const blackoutsText = (windows: readonly Blackout[]) => windows.map(blackoutText).join('; ');

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "December 2026" for a window that is exactly one calendar month, else "2026-12-20 to 2027-01-05" (or the one day). */
export function windowWords(b: Blackout): string {
  const [year, month, day] = b.from.split('-').map(Number) as [number, number, number];
  if (day === 1 && b.to === `${b.from.slice(0, 8)}${String(lastDayOfMonth(year, month)).padStart(2, '0')}`) return `${MONTH_NAMES[month - 1]} ${year}`;
  return b.from === b.to ? b.from : `${b.from} to ${b.to}`;
}

/** One of a workload's date limits, in words, and whether a wave with these dates keeps it. */
export interface DateLimit {
  kind: 'not-before' | 'not-after' | 'done-by' | 'blackout';
  /** The day it is drawn at (a window's first day). */
  day: string;
  /** A window's last day. */
  to?: string;
  /** "done by 2027-01-27", "not in December 2026 (December freeze, own blackout)". */
  words: string;
  keptBy(wave: { cutover: string; end: string }): boolean;
}

/** A workload's date limits, in the order a workshop says them: not before, not after, done by, then its windows. */
export function dateLimitsOf(w: { notBefore: string; notAfter: string; doneBy: string; blackouts: readonly Blackout[] }): DateLimit[] {
  const limits: DateLimit[] = [];
  if (w.notBefore) limits.push({ kind: 'not-before', day: w.notBefore, words: `not before ${w.notBefore}`, keptBy: ({ cutover }) => cutover >= w.notBefore });
  if (w.notAfter) limits.push({ kind: 'not-after', day: w.notAfter, words: `not after ${w.notAfter}`, keptBy: ({ cutover }) => cutover <= w.notAfter });
  if (w.doneBy) limits.push({ kind: 'done-by', day: w.doneBy, words: `done by ${w.doneBy}`, keptBy: ({ end }) => end <= w.doneBy });
  for (const b of w.blackouts)
    limits.push({
      kind: 'blackout',
      day: b.from,
      to: b.to,
      words: `not in ${windowWords(b)} (${b.label ? `${b.label}, ` : ''}own blackout)`,
      keptBy: ({ cutover }) => cutover < b.from || cutover > b.to,
    });
  return limits;
}

/**
 * Date limits that contradict each other leave no day to cut over: "not after" or "done
 * by" before "not before". Said for the field that makes the contradiction, so the grid,
 * the detail panel and an import row can name it; undefined when they agree.
 */
export function contradictoryDateLimits(w: { notBefore: string; notAfter: string; doneBy: string }): { field: 'notAfter' | 'doneBy'; message: string } | undefined {
  if (!w.notBefore) return undefined;
  if (w.notAfter && w.notAfter < w.notBefore) return { field: 'notAfter', message: `Not after (${w.notAfter}) is before not before (${w.notBefore}): no day is left to cut over` };
  if (w.doneBy && w.doneBy < w.notBefore) return { field: 'doneBy', message: `Done by (${w.doneBy}) is before not before (${w.notBefore}): no day is left to cut over` };
  return undefined;
}
