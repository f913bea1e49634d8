import type { PlanIssue } from './plan-types.js';
import type { Schedule } from './schedule.js';
import type { PlanSettings } from './settings.js';
import type { UnitTable } from './unit-table.js';
import type { WaveCalendar } from './wave-calendar.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// What the finished schedule says about conditions it could not keep (or only reports):
// non-production that ended up no earlier than its system's production, and waves
// below their minimum size.

const { nonProductionFirst, minimumSize } = WAVE_CONDITION;

/**
 * Non-production first gives way when a provider or a pin holds a system's non-production
 * late: say so. By each workload's environment, so a staging copy moving inside a unit
 * with production (joined by a cycle or a tight link) is still checked.
 */
export function lateNonProduction(units: UnitTable, order: readonly number[], { waveOfUnit }: Schedule, calendar: WaveCalendar): PlanIssue[] {
  const rehearses = (i: number) => units.rehearses(i);
  // By system number (-1: no production placed): every member of every unit asks.
  const firstProductionWave = new Int32Array(units.systemCount).fill(-1);
  // Indexed loops: this runs once per plan, often before it is optimised, and an iterator then allocates on every step.
  for (let k = 0; k < order.length; k++) {
    const u = order[k] as number;
    if (units.isRehearsal(u)) continue;
    const wave = waveOfUnit[u] as number;
    const members = units.members(u);
    for (let m = 0; m < members.length; m++) {
      const i = members[m] as number;
      const system = units.systemOf(i);
      if (system < 0 || rehearses(i)) continue;
      const known = firstProductionWave[system] as number;
      if (known < 0 || wave < known) firstProductionWave[system] = wave;
    }
  }
  const issues: PlanIssue[] = [];
  for (let k = 0; k < order.length; k++) {
    const u = order[k] as number;
    const wave = waveOfUnit[u] as number;
    let late: number[] | undefined; // most units have none: no array for them
    const members = units.members(u);
    for (let m = 0; m < members.length; m++) {
      const i = members[m] as number;
      const system = units.systemOf(i);
      const production = system >= 0 && rehearses(i) ? (firstProductionWave[system] as number) : -1;
      // Late by number, or by date: with waves in flight, a rehearsal numbered first may still cut over once its production has started.
      if (production >= 0 && (production <= wave || calendar.dates(wave).cutover >= calendar.dates(production).start)) (late ??= []).push(i);
    }
    const first = late?.[0];
    if (late === undefined || first === undefined) continue;
    issues.push({
      kind: 'condition-gave-way',
      workloadIds: late.map((i) => units.workload(i).id),
      dependencyIds: [],
      sentence: nonProductionFirst.sentences.movedLate(units.workload(first), wave, firstProductionWave[units.systemOf(first)] as number, late.length - 1),
    });
  }
  return issues;
}

/** A small wave is allowed (its conditions put it there) but said so; the last wave is exempt. */
export function undersizedWaves({ waves }: Schedule, settings: PlanSettings): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const lastWave = waves.length - 1;
  waves.forEach((load, n) => {
    if (load && n >= 1 && n < lastWave && load.count > 0 && load.count < settings.minWorkloadsPerWave)
      issues.push({ kind: 'under-minimum', workloadIds: [], dependencyIds: [], sentence: minimumSize.sentences.under(n, load.count, settings.minWorkloadsPerWave) });
  });
  return issues;
}
