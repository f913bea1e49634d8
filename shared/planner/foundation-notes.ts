import type { PlannedEnds } from './move-units.js';
import type { Schedule } from './schedule.js';
import type { UnitTable } from './unit-table.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// What foundation first leaves to say once the units are placed: on each platform
// unit's card, the links to workloads that follow it later. They run hybrid by design,
// not because a condition gave way, so they are reasoning, not plan issues.

const { foundationFirst } = WAVE_CONDITION;

export function foundationNotes(units: UnitTable, order: readonly number[], run: Schedule, foundationLinks: ReadonlyMap<number, number[]>, ends: PlannedEnds): void {
  const waveAt = new Map<number, number>(); // position → wave, for the ends of foundation links only
  for (const u of order) for (const i of units.members(u)) waveAt.set(i, run.waveOfUnit[u] as number);
  for (const [u, links] of foundationLinks) {
    const wave = run.waveOfUnit[u] as number;
    if (wave < 0) continue;
    const mine = new Set(units.members(u));
    const later = new Set<number>();
    for (const j of links) {
      const c = ends.consumer[j] as number;
      const other = mine.has(c) ? (ends.provider[j] as number) : c;
      if ((waveAt.get(other) ?? Infinity) > wave) later.add(other);
    }
    if (later.size === 0) continue;
    const shown = [...later].slice(0, 3).map((i) => units.workload(i).name);
    const names = later.size > 3 ? `${shown.join(', ')} and ${later.size - 3} more` : shown.join(', ');
    (run.reasoning[u] as string[]).push(foundationFirst.sentences.hybridByDesign(later.size, names));
  }
}
