import type { PlannedEnds } from './move-units.js';
import type { PlanIssue } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import type { Schedule } from './schedule.js';
import type { UnitTable } from './unit-table.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// What foundation first leaves to say once the units are placed: on each platform
// unit's card, the links to workloads that follow it later (they run hybrid by design,
// not because a condition gave way, so they are reasoning, not plan issues); and, with
// the foundation wave on, the platform services that did not fit in wave 0 (an issue:
// the foundation wave gave way to its size).

const { foundationFirst, foundationWave } = WAVE_CONDITION;

export function foundationNotes(
  units: UnitTable,
  order: readonly number[],
  run: Schedule,
  foundationLinks: ReadonlyMap<number, number[]>,
  ends: PlannedEnds,
  positions: number,
  settings: PlanSettings,
  pinOf: readonly (number | null)[],
): PlanIssue[] {
  if (foundationLinks.size === 0 && !settings.foundationWave) return [];
  const waveAt = new Int32Array(positions).fill(-1); // position → wave (-1: not placed)
  // Indexed loops here and below: this runs once per plan, often before the engine has optimised it, and an iterator there allocates on every step.
  for (let k = 0; k < order.length; k++) {
    const u = order[k] as number;
    const members = units.members(u);
    for (let m = 0; m < members.length; m++) waveAt[members[m] as number] = run.waveOfUnit[u] as number;
  }
  const seen = new Int32Array(positions).fill(-1); // u: already counted for unit u; -2 - u: a member of unit u
  for (const [u, links] of foundationLinks) {
    const wave = run.waveOfUnit[u] as number;
    if (wave < 0) continue;
    // Marks rather than sets: a monitoring service links to nearly every workload.
    const members = units.members(u);
    for (let m = 0; m < members.length; m++) seen[members[m] as number] = -2 - u; // its own members
    // Counted, with the first three kept to name: a list of them all (nearly every workload, for monitoring) was only ever counted.
    let later = 0;
    const first: number[] = [];
    for (let k = 0; k < links.length; k++) {
      const j = links[k] as number;
      const c = ends.consumer[j] as number;
      const other = seen[c] === -2 - u ? (ends.provider[j] as number) : c;
      const otherWave = waveAt[other] as number;
      if (seen[other] === u || seen[other] === -2 - u || (otherWave >= 0 && otherWave <= wave)) continue;
      seen[other] = u;
      if (later++ < 3) first.push(other);
    }
    if (later === 0) continue;
    const shown = first.map((i) => units.name(i));
    const names = later > 3 ? `${shown.join(', ')} and ${later - 3} more` : shown.join(', ');
    (run.reasoning[u] as string[]).push(foundationFirst.sentences.hybridByDesign(later, names));
  }
  if (!settings.foundationWave) return [];
  const spilled = order.filter((u) => units.isPlatform(u) && pinOf[u] === null && (run.waveOfUnit[u] as number) > 0);
  if (spilled.length === 0) return [];
  const names =
    spilled
      .slice(0, 3)
      .map((u) => units.lead(u))
      .join(', ') + (spilled.length > 3 ? ` and ${spilled.length - 3} more` : '');
  const last = Math.max(...spilled.map((u) => run.waveOfUnit[u] as number));
  return [{ kind: 'condition-gave-way', workloadIds: spilled.flatMap((u) => units.ids(u)), dependencyIds: [], sentence: foundationWave.sentences.spilled(names, last) }];
}
