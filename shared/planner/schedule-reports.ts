import type { PlanIssue } from './plan-types.js';
import type { Schedule } from './schedule.js';
import type { PlanSettings } from './settings.js';
import { systemKeyOf, type UnitTable } from './unit-table.js';
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
export function lateNonProduction(units: UnitTable, order: readonly number[], { waveOfUnit }: Schedule): PlanIssue[] {
  const rehearses = (w: { environment: string }) => w.environment !== 'production' && w.environment !== 'dr';
  const firstProductionWave = new Map<string, number>();
  for (const u of order) {
    if (units.isRehearsal(u)) continue;
    const wave = waveOfUnit[u] as number;
    for (const w of units.memberWorkloads(u)) {
      if (!w.system || rehearses(w)) continue;
      const key = systemKeyOf(w);
      firstProductionWave.set(key, Math.min(wave, firstProductionWave.get(key) ?? Infinity));
    }
  }
  const issues: PlanIssue[] = [];
  for (const u of order) {
    const wave = waveOfUnit[u] as number;
    const late = units.memberWorkloads(u).filter((w) => w.system && rehearses(w) && (firstProductionWave.get(systemKeyOf(w)) ?? Infinity) <= wave);
    const first = late[0];
    if (first)
      issues.push({
        kind: 'condition-gave-way',
        workloadIds: late.map((w) => w.id),
        dependencyIds: [],
        sentence: nonProductionFirst.sentences.movedLate(first, wave, firstProductionWave.get(systemKeyOf(first)) as number, late.length - 1),
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
