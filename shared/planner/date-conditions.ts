import type { Blackout } from '../domain/blackout.js';
import type { Workload } from '../domain/workload.js';
import { windowWords as dayWords } from '../domain/workload-dates.js';
import type { PlanIssue } from './plan-types.js';
import type { UnitTable } from './unit-table.js';
import type { WaveCalendar } from './wave-calendar.js';
import type { PlacementContext, WaveCondition } from './wave-condition-types.js';

// A workload's own date limits (docs/domain-rules.md, "Waves"), as wave conditions:
// - not before a day: the earliest wave is the first whose cutover is on or after it;
// - its own blackout windows: a wave whose cutover falls in one does not take it;
// - not after a day, done by a day: these cannot refuse a wave (if a wave cuts over too
//   late, every later wave does too, so refusing would leave the unit nowhere). They are
//   checked once the plan is made, and each one missed is a plan issue that names the
//   workload, the day, the wave's day and what held the unit there.
// A pin wins over all four, and the plan says so. Wave dates come from the settings alone
// (wave-calendar.ts), so a condition can ask a wave's cutover while units are placed.

/** Each unit's members with a date limit, worked out once per plan. */
interface UnitDates {
  /** The latest not-before day among the members, and whose it is ('' when none). */
  notBefore: string;
  notBeforeOf: string;
  /** Every member's own windows, with its name. */
  blackouts: { name: string; window: Blackout }[];
}

const NONE: UnitDates = { notBefore: '', notBeforeOf: '', blackouts: [] };
const datesByTable = new WeakMap<UnitTable, readonly UnitDates[]>();

// The table asked last, and its dates: asked for every unit and wave while placing, a weak map lookup each time cost more than the answer.
let lastTable: UnitTable | undefined;
let lastDates: readonly UnitDates[] = [];

function unitDates(units: UnitTable, u: number): UnitDates {
  if (units === lastTable) return lastDates[u] as UnitDates;
  let all = datesByTable.get(units);
  if (!all) {
    // A loop, not a function per unit: this runs once per plan, and most units have no date.
    const built: UnitDates[] = new Array<UnitDates>(units.count);
    for (let v = 0; v < units.count; v++) {
      let dates = NONE;
      if (!units.isDated(v)) {
        built[v] = dates;
        continue;
      }
      const members = units.members(v);
      for (let k = 0; k < members.length; k++) {
        const w = units.workload(members[k] as number);
        if (!w.notBefore && w.blackouts.length === 0) continue;
        if (dates === NONE) dates = { notBefore: '', notBeforeOf: '', blackouts: [] };
        if (w.notBefore > dates.notBefore) [dates.notBefore, dates.notBeforeOf] = [w.notBefore, w.name];
        for (const window of w.blackouts) dates.blackouts.push({ name: w.name, window });
      }
      built[v] = dates;
    }
    all = built;
    datesByTable.set(units, all);
  }
  lastTable = units;
  lastDates = all;
  return all[u] as UnitDates;
}

/**
 * The first wave (from 1) whose cutover is on or after `day`. Cutovers never go back as
 * waves go on, so a galloping search finds it in a few dozen calendar look-ups, however
 * far off the day is.
 */
export function firstWaveCuttingOverFrom(calendar: WaveCalendar, day: string): number {
  if (calendar.dates(1).cutover >= day) return 1;
  let below = 1;
  let above = 2;
  while (calendar.dates(above).cutover < day) {
    below = above;
    above *= 2;
  }
  while (above - below > 1) {
    const mid = (below + above) >> 1;
    if (calendar.dates(mid).cutover < day) below = mid;
    else above = mid;
  }
  return above;
}

const windowWords = (b: Blackout) => `${dayWords(b)}${b.label ? ` (${b.label})` : ''}`;
const inWindow = (day: string, b: Blackout) => day >= b.from && day <= b.to;

/** The first member window the wave's cutover falls in, or undefined. */
function blackoutHit(ctx: Pick<PlacementContext, 'units' | 'calendar'>, wave: number, u: number) {
  const { blackouts } = unitDates(ctx.units, u);
  if (blackouts.length === 0) return undefined;
  const cutover = ctx.calendar.dates(wave).cutover;
  return blackouts.find((b) => inWindow(cutover, b.window));
}

export const notBeforeDate = {
  id: 'not-before',
  name: 'Not before a workload’s date',
  description: 'A workload with a not-before date moves in a wave that cuts over on that day or later (a contract end, a vendor’s readiness, a new site opening).',
  givesWay: 'Only a pin: a unit pinned to an earlier wave moves there, and the plan says the date gave way.',
  check: {
    stage: 'earliest',
    earliest(ctx, u) {
      const { notBefore, notBeforeOf } = unitDates(ctx.units, u);
      if (!notBefore) return undefined;
      const wave = firstWaveCuttingOverFrom(ctx.calendar, notBefore);
      return { wave, because: () => `${notBeforeOf} may not cut over before ${notBefore} (wave ${wave} is the first to cut over on or after it)` };
    },
  },
} as const satisfies WaveCondition;

export const ownBlackouts = {
  id: 'own-blackouts',
  name: 'A workload’s own blackout windows',
  description: 'A workload with blackout windows of its own (“the EHR interface cannot move in December”) moves in a wave whose cutover falls outside all of them.',
  givesWay: 'Only a pin: a unit pinned to a wave that cuts over inside its window moves there, and the plan says so.',
  check: {
    stage: 'admits',
    admits: (ctx, wave, u) => blackoutHit(ctx, wave, u) === undefined,
    refusal(ctx, wave, u) {
      const hit = blackoutHit(ctx, wave, u);
      return hit ? `wave ${wave} cuts over on ${ctx.calendar.dates(wave).cutover}, inside ${hit.name}’s own blackout ${windowWords(hit.window)}` : `wave ${wave} cuts over inside an own blackout`;
    },
  },
} as const satisfies WaveCondition;

export const notAfterDate = {
  id: 'not-after',
  name: 'Not after a workload’s date',
  description:
    'A workload with a not-after date should move in a wave that cuts over on that day or sooner. The planner places every unit as early as its other conditions allow; it cannot hold a wave back to make room.',
  givesWay: 'When the other conditions (a provider, the proving waves, a full wave, a pin) put it later, it moves later, and the plan names the date, the wave’s cutover and what held it.',
  check: { stage: 'report' },
} as const satisfies WaveCondition;

export const doneByDate = {
  id: 'done-by',
  name: 'Done by a workload’s date',
  description: 'A workload with a done-by date (“payroll before the month-end close”) should be in a wave that has ended (its last day) by that day.',
  givesWay: 'When the other conditions put its wave later, it moves later, and the plan names the date, the wave’s end and what held it.',
  check: { stage: 'report' },
  sentences: {
    /** One missed date limit: the workload, the limit, the wave's day, and why the unit is in that wave. */
    unmet: (w: Workload, limit: string, wave: number, waveDay: string, why: string) => `${w.name} ${limit}, but wave ${wave} ${waveDay}: ${why}`,
  },
} as const satisfies WaveCondition;

/** The date conditions in table order, for wave-conditions.ts. */
export const DATE_CONDITIONS = { notBeforeDate, ownBlackouts, notAfterDate, doneByDate } as const;

/** Why the unit sits where it does: its reasoning, less the line that says what moves together. */
function whyThere(reasoning: readonly string[], pinned: boolean): string {
  if (pinned) return 'it is pinned there by the architect, and a pin wins over a date.';
  const placed = reasoning.filter((line) => line.startsWith('Wave '));
  return placed.length ? placed.join(' ') : reasoning.join(' ') || 'the other wave conditions put it there.';
}

/**
 * Each date limit the finished plan misses, as a plan issue: not-after and done-by
 * that the other conditions pushed past, and not-before or an own blackout that a pin
 * overrode. `waveOfUnit` is the schedule's (-1: not placed), `pinned` whether a unit
 * went in by its pin.
 */
export function unmetDates(units: UnitTable, waveOfUnit: Int32Array, reasoning: readonly (readonly string[])[], pinned: (u: number) => boolean, calendar: WaveCalendar): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (let u = 0; u < units.count; u++) {
    const wave = waveOfUnit[u] as number;
    if (wave < 1 || !units.isDated(u)) continue;
    const members = units.members(u);
    for (let k = 0; k < members.length; k++) {
      const w = units.workload(members[k] as number);
      // Most workloads have no date limit: the words (and their closures) only for those that do.
      if (!w.notBefore && !w.notAfter && !w.doneBy && w.blackouts.length === 0) continue;
      unmetOf(w, wave, calendar.dates(wave), () => whyThere(reasoning[u] ?? [], pinned(u)), issues);
    }
  }
  return issues;
}

/** One workload's missed date limits, added to `issues`. */
function unmetOf(w: Workload, wave: number, { cutover, end }: { cutover: string; end: string }, why: () => string, issues: PlanIssue[]): void {
  const say = (limit: string, waveDay: string) => issues.push({ kind: 'date-unmet', workloadIds: [w.id], dependencyIds: [], sentence: doneByDate.sentences.unmet(w, limit, wave, waveDay, why()) });
  if (w.notBefore && cutover < w.notBefore) say(`may not cut over before ${w.notBefore}`, `cuts over on ${cutover}`);
  const hit = w.blackouts.find((b) => inWindow(cutover, b));
  if (hit) say(`may not cut over in its own blackout ${windowWords(hit)}`, `cuts over on ${cutover}`);
  if (w.notAfter && cutover > w.notAfter) say(`should cut over by ${w.notAfter} (not after)`, `cuts over on ${cutover}`);
  if (w.doneBy && end > w.doneBy) say(`should be done by ${w.doneBy}`, `ends on ${end}`);
}

/**
 * Each unit's earliest deadline (its members' earliest not-after or done-by day), or
 * null when it has none: units with a deadline can be placed first, the soonest first.
 */
export function dateUrgency(units: UnitTable): (string | null)[] {
  return Array.from({ length: units.count }, (_, u) => {
    let soonest: string | null = null;
    if (!units.isDated(u)) return soonest;
    const members = units.members(u);
    for (let k = 0; k < members.length; k++) {
      const { notAfter, doneBy } = units.workload(members[k] as number);
      if (notAfter && (soonest === null || notAfter < soonest)) soonest = notAfter;
      if (doneBy && (soonest === null || doneBy < soonest)) soonest = doneBy;
    }
    return soonest;
  });
}
