import { shiftDays } from './calendar.js';
import type { CriticalStep, Wave } from './plan-types.js';
import type { Schedule } from './schedule.js';
import type { UnitTable } from './unit-table.js';

// The critical path (docs/domain-rules.md, "Waves"): the chain of move units that sets the
// end date. The scheduler records, for each unit, the unit whose wave set its earliest
// wave (a provider, or the system's rehearsal); following that back from the last wave
// gives the chain. Of the last wave's units, the one with the longest chain is taken.
// Each step says, in the unit's own reasoning, why it could not move sooner (a full
// wave, the proving waves, a date), so a gap between steps is explained too.

export function criticalPath(units: UnitTable, order: readonly number[], run: Schedule): CriticalStep[] {
  const depth = new Int32Array(units.count);
  let last = -1;
  for (const u of order) {
    const by = run.heldBy[u] as number;
    depth[u] = by >= 0 ? (depth[by] as number) + 1 : 1;
    last = Math.max(last, run.waveOfUnit[u] as number);
  }
  let end = -1;
  for (const u of order) if (run.waveOfUnit[u] === last && (end < 0 || (depth[u] as number) > (depth[end] as number))) end = u;
  const steps: CriticalStep[] = [];
  for (let u = end; u >= 0; u = run.heldBy[u] as number) {
    steps.push({ wave: run.waveOfUnit[u] as number, workloadIds: units.ids(u), because: run.placedBecause[u] ?? '' });
    if (steps.length > units.count) break; // a chain never repeats a unit; this only guards the loop
  }
  return steps.reverse();
}

/**
 * The calendar on the critical path: a wave stretched past its slot (its cutover kept
 * clear of a blackout, holidays or finance close) moves every wave after it, so it is a
 * step too, in wave order among the units' steps. Waves in flight leave later waves
 * that do not wait for it, but the end date still moves whenever the stretch is on the
 * path's waves or before them.
 */
export function withCalendarSteps(steps: readonly CriticalStep[], waves: readonly Wave[], waveLengthDays: number): CriticalStep[] {
  const last = steps.at(-1)?.wave;
  if (last === undefined) return [...steps];
  const stretched: CriticalStep[] = [];
  for (const w of waves) {
    if (w.number >= last || w.cutoverMoved.length === 0) continue;
    const planned = shiftDays(w.start, waveLengthDays - 1);
    if (w.end <= planned) continue;
    stretched.push({
      wave: w.number,
      workloadIds: [],
      because: `Wave ${w.number} runs to ${w.end}, past its ${waveLengthDays} days: its cutover kept clear of ${w.cutoverMoved.join('; ')}, and the waves after it move with it.`,
    });
  }
  const calendarLast = (s: CriticalStep) => (s.workloadIds.length === 0 ? 1 : 0); // a wave's units, then its stretch
  return [...steps, ...stretched].sort((a, b) => a.wave - b.wave || calendarLast(a) - calendarLast(b));
}
