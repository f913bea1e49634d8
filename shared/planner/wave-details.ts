import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { HybridLink, PlannedUnit, Wave } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import type { PlannedEnds } from './move-units.js';
import { INPUTS, inputsKnown } from './unit-facts.js';
import { MinHeap } from './unit-order.js';
import type { WaveCalendar } from './wave-calendar.js';

/** A move unit as placed by the scheduler. */
export interface Placement {
  wave: number;
  /** Its workloads' positions among the planned workloads. */
  positions: readonly number[];
  reasoning: string[];
  gates: string[];
  production: boolean;
  /** Shared platform services only: the wave of only these is a foundation wave. */
  platform: boolean;
  risk: number;
}

const FOUNDATION_GATES = ['Landing zone and network segmentation', 'Identity federation', 'Central logging', 'Backups and restore', 'Infrastructure as code'];

/**
 * Turns placements into waves: dates (slots of the wave length, `wavesInFlight` at a
 * time, cutovers moved out of blackouts and the month-end freeze), cutover order
 * (providers first inside the wave), hybrid links, gates, risk and confidence. One
 * pass over the dependencies, on their integer ends.
 */
export function describeWaves(
  placements: readonly Placement[],
  /** The planned workloads, which the placements' positions are in. */
  planned: readonly Workload[],
  dependencies: readonly Dependency[],
  ends: PlannedEnds,
  settings: PlanSettings,
  calendar: WaveCalendar,
  /** The pilot wave's number, or null when there is none. */
  pilot: number | null,
): { waves: Wave[]; waveOf: Map<string, number> } {
  const count = planned.length;
  const waveOf = new Map<string, number>();
  const waveAt = new Int32Array(count).fill(-1);
  let lastWave = 0;
  for (const p of placements) lastWave = Math.max(lastWave, p.wave);
  // By wave number: arrays, not maps, since wave numbers are small and dense.
  const byWave: (Placement[] | undefined)[] = new Array(lastWave + 1);
  for (const p of placements) {
    const { positions } = p;
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k] as number;
      waveOf.set((planned[i] as Workload).id, p.wave);
      waveAt[i] = p.wave;
    }
    (byWave[p.wave] ??= []).push(p);
  }

  // Hybrid links (ends in different waves, or one end never moving) and each wave's inner dependencies.
  const linksOf: (HybridLink[] | undefined)[] = new Array(lastWave + 1);
  const innerOf: (number[] | undefined)[] = new Array(lastWave + 1);
  for (let j = 0; j < dependencies.length; j++) {
    const c = ends.consumer[j] as number;
    const p = ends.provider[j] as number;
    const a = c < 0 ? -1 : (waveAt[c] as number);
    const b = p < 0 ? -1 : (waveAt[p] as number);
    if (a === b) {
      if (a >= 0) (innerOf[a] ??= []).push(j);
      continue;
    }
    const first = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    const second = a < 0 || b < 0 ? null : Math.max(a, b);
    const link: HybridLink = { dependencyId: (dependencies[j] as Dependency).id, opensInWave: first, closesInWave: second };
    (linksOf[first] ??= []).push(link);
    if (second !== null) (linksOf[second] ??= []).push(link);
  }

  const waves: Wave[] = [];
  if (settings.foundationWave && !byWave[0]) {
    waves.push({ number: 0, phase: 'foundation', ...calendar.dates(0), units: [], cutoverOrder: [], hybridLinks: [], gates: FOUNDATION_GATES, risk: 0, confidence: 1 });
  }
  const slot = new Int32Array(count).fill(-1); // position → index inside the wave being ordered
  for (let n = 0; n <= lastWave; n++) {
    const placed = byWave[n];
    if (!placed) continue;
    // Loops rather than flatMap: this runs for each of up to thousands of waves.
    const positions: number[] = [];
    const members: Workload[] = [];
    const gates: string[] = n === 0 ? [...FOUNDATION_GATES] : [];
    for (const p of placed) {
      for (const i of p.positions) {
        positions.push(i);
        members.push(planned[i] as Workload);
      }
      for (const g of p.gates) gates.push(g);
    }
    const order = cutoverOrder(positions, members, innerOf[n] ?? [], ends, slot);
    // Each unit lists its members in the wave's cutover order.
    const unitOfMember: number[] = [];
    placed.forEach((p, u) => {
      for (let k = 0; k < p.positions.length; k++) unitOfMember.push(u);
    });
    const units: PlannedUnit[] = placed.map((p) => ({ members: [] as string[], reasoning: p.reasoning }));
    for (const i of order) (units[unitOfMember[i] as number] as PlannedUnit).members.push((members[i] as Workload).id);
    const known = members.reduce((s, w) => s + inputsKnown(w), 0);
    waves.push({
      number: n,
      phase: n === 0 || placed.every((p) => p.platform) ? 'foundation' : n === pilot ? 'pilot' : placed.some((p) => p.production) ? 'production' : 'non-production',
      ...calendar.dates(n),
      units,
      cutoverOrder: order.map((i) => (members[i] as Workload).id),
      hybridLinks: linksOf[n] ?? [],
      gates,
      risk: placed.reduce((s, p) => s + p.risk, 0),
      confidence: members.length ? known / (members.length * INPUTS) : 1,
    });
  }
  return { waves, waveOf };
}

/**
 * The wave's workloads (as indexes into `members`), providers before consumers, estate order among equals (Kahn
 * over the wave's own dependencies). A loop inside the wave (a move group's cycle) is
 * entered at its first member in estate order. `slot` is scratch space, left as found.
 */
function cutoverOrder(positions: readonly number[], members: readonly Workload[], inner: readonly number[], ends: PlannedEnds, slot: Int32Array): number[] {
  // Plain arrays, not typed ones: a wave holds a dozen workloads, and a thousand waves
  // each allocating small ArrayBuffers cost more than the ordering itself.
  const size = members.length;
  positions.forEach((p, i) => (slot[p] = i));
  const waiting: number[] = new Array<number>(size).fill(0);
  const next: (number[] | undefined)[] = new Array<number[] | undefined>(size);
  for (const j of inner) {
    const c = slot[ends.consumer[j] as number] as number;
    const p = slot[ends.provider[j] as number] as number;
    (next[p] ??= []).push(c);
    waiting[c] = (waiting[c] as number) + 1;
  }
  const order: number[] = [];
  const done: boolean[] = new Array<boolean>(size).fill(false);
  const ready = new MinHeap(lessIndex);
  for (let i = 0; i < size; i++) if (waiting[i] === 0) ready.push(i);
  let nextStuck = 0;
  while (order.length < size) {
    if (ready.size === 0) {
      while (done[nextStuck]) nextStuck++;
      ready.push(nextStuck);
    }
    const i = ready.pop();
    if (done[i]) continue;
    done[i] = true;
    order.push(i);
    for (const c of next[i] ?? []) {
      waiting[c] = (waiting[c] as number) - 1;
      if (waiting[c] === 0 && !done[c]) ready.push(c);
    }
  }
  for (const p of positions) slot[p] = -1;
  return order;
}

const lessIndex = (a: number, b: number) => a < b;
