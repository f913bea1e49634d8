import type { Dependency } from '../domain/dependency.js';
import type { HybridLink, PlannedUnit, Wave } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import type { PlannedEnds } from './move-units.js';
import { INPUTS } from './unit-facts.js';
import { CutoverOrderer } from './cutover-order.js';
import type { WaveCalendar } from './wave-calendar.js';

/** A move unit as placed by the scheduler. */
export interface Placement {
  wave: number;
  /** Its workloads' positions among the planned workloads. */
  positions: readonly number[];
  reasoning: string[];
  gates: readonly string[];
  production: boolean;
  /** Shared platform services only: the wave of only these is a foundation wave. */
  platform: boolean;
  risk: number;
  /** Its members' planning inputs filled in, summed (unit-facts.ts inputsKnown). */
  inputsKnown: number;
}

const FOUNDATION_GATES = ['Landing zone and network segmentation', 'Identity federation', 'Central logging', 'Backups and restore', 'Infrastructure as code'];

/**
 * Turns placements into waves: dates (slots of the wave length, `wavesInFlight` at a
 * time, cutovers moved out of blackouts and the month-end freeze), cutover order
 * (providers first inside the wave, cutover-order.ts), hybrid links, gates, risk and
 * confidence. Two passes over the dependencies, on their integer ends.
 */
export function describeWaves(
  placements: readonly Placement[],
  /** The planned workloads' ids, by the positions the placements are in (read from a list, not from each workload: at 100,000 workloads a read of each scattered workload cost more than the rest of the wave). */
  plannedIds: readonly string[],
  dependencies: readonly Dependency[],
  ends: PlannedEnds,
  settings: PlanSettings,
  calendar: WaveCalendar,
  /** The pilot wave's number, or null when there is none. */
  pilot: number | null,
): { waves: Wave[]; waveOf: () => Map<string, number> } {
  const count = plannedIds.length;
  const waveAt = new Int32Array(count).fill(-1);
  let lastWave = 0;
  // Indexed loops: this runs once per plan, and an iterator allocates on every step until it is optimised.
  for (let k = 0; k < placements.length; k++) lastWave = Math.max(lastWave, (placements[k] as Placement).wave);
  // By wave number: arrays, not maps, since wave numbers are small and dense.
  const byWave: (Placement[] | undefined)[] = new Array(lastWave + 1);
  for (let q = 0; q < placements.length; q++) {
    const p = placements[q] as Placement;
    const { positions } = p;
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k] as number;
      waveAt[i] = p.wave;
    }
    (byWave[p.wave] ??= []).push(p);
  }

  // Hybrid links (ends in different waves, or one end never moving) and each wave's inner
  // dependencies. Counted first, so each wave's list is made at its size (hundreds of
  // thousands of links, pushed one by one, left most of their growing arrays behind as
  // garbage); the inner ones are grouped by wave in one array, in dependency order.
  const m = dependencies.length;
  const opens = new Int32Array(m).fill(-1); // -1: not hybrid
  const closes = new Int32Array(m).fill(-1); // -1: never (one end stays)
  const innerWave = new Int32Array(m).fill(-1);
  const linkCount = new Int32Array(lastWave + 1);
  const innerStart = new Int32Array(lastWave + 2);
  for (let j = 0; j < m; j++) {
    const c = ends.consumer[j] as number;
    const p = ends.provider[j] as number;
    const a = c < 0 ? -1 : (waveAt[c] as number);
    const b = p < 0 ? -1 : (waveAt[p] as number);
    if (a === b) {
      if (a >= 0) {
        innerWave[j] = a;
        innerStart[a + 1] = (innerStart[a + 1] as number) + 1;
      }
      continue;
    }
    const first = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    opens[j] = first;
    linkCount[first] = (linkCount[first] as number) + 1;
    if (a >= 0 && b >= 0) {
      const second = Math.max(a, b);
      closes[j] = second;
      linkCount[second] = (linkCount[second] as number) + 1;
    }
  }
  const linksOf: (HybridLink[] | undefined)[] = new Array(lastWave + 1);
  for (let n = 0; n <= lastWave; n++) if ((linkCount[n] as number) > 0) linksOf[n] = new Array<HybridLink>(linkCount[n] as number);
  linkCount.fill(0); // now: how many of each wave's list are filled
  for (let j = 0; j < m; j++) {
    const first = opens[j] as number;
    if (first < 0) continue;
    const second = closes[j] as number;
    const link: HybridLink = { dependencyId: (dependencies[j] as Dependency).id, opensInWave: first, closesInWave: second < 0 ? null : second };
    (linksOf[first] as HybridLink[])[(linkCount[first] as number)++] = link;
    if (second >= 0) (linksOf[second] as HybridLink[])[(linkCount[second] as number)++] = link;
  }
  for (let n = 0; n <= lastWave; n++) innerStart[n + 1] = (innerStart[n + 1] as number) + (innerStart[n] as number);
  const inner = new Int32Array(innerStart[lastWave + 1] as number);
  const filled = innerStart.slice(0, lastWave + 1);
  for (let j = 0; j < m; j++) {
    const n = innerWave[j] as number;
    if (n >= 0) inner[(filled[n] as number)++] = j;
  }

  const waves: Wave[] = [];
  if (settings.foundationWave && !byWave[0]) {
    waves.push({ number: 0, phase: 'foundation', ...calendar.dates(0), units: [], cutoverOrder: [], hybridLinks: [], gates: FOUNDATION_GATES, risk: 0, confidence: 1 });
  }
  // Scratch over all positions, reused by every wave (thousands of waves of a dozen workloads each).
  const orderer = new CutoverOrderer(count, ends);
  const positions = new Int32Array(count);
  const unitOfMember = new Int32Array(count);
  const order = new Int32Array(count);
  const unitFilled = new Int32Array(count);
  for (let n = 0; n <= lastWave; n++) {
    const placed = byWave[n];
    if (!placed) continue;
    let size = 0;
    let known = 0;
    const gates: string[] = n === 0 ? [...FOUNDATION_GATES] : [];
    for (let u = 0; u < placed.length; u++) {
      const p = placed[u] as Placement;
      for (let k = 0; k < p.positions.length; k++) {
        const i = p.positions[k] as number;
        unitOfMember[size] = u;
        positions[size++] = i;
      }
      known += p.inputsKnown;
      for (let k = 0; k < p.gates.length; k++) gates.push(p.gates[k] as string);
    }
    orderer.order(positions, size, inner, innerStart[n] as number, innerStart[n + 1] as number, order);
    // Each unit lists its members in the wave's cutover order.
    // Each unit's list made at its size, filled in cutover order (`unitFilled`: how far, by unit in the wave).
    const units: PlannedUnit[] = new Array<PlannedUnit>(placed.length);
    for (let u = 0; u < placed.length; u++) {
      const p = placed[u] as Placement;
      units[u] = { members: new Array<string>(p.positions.length), reasoning: p.reasoning };
      unitFilled[u] = 0;
    }
    const cutover: string[] = new Array<string>(size);
    for (let k = 0; k < size; k++) {
      const i = order[k] as number;
      const id = plannedIds[positions[i] as number] as string;
      cutover[k] = id;
      const u = unitOfMember[i] as number;
      (units[u] as PlannedUnit).members[(unitFilled[u] as number)++] = id;
    }
    // The dates by name, not spread: a spread among other fields builds each wave object the slow way.
    const dates = calendar.dates(n);
    const wave: Wave = {
      number: n,
      phase: n === 0 || placed.every((p) => p.platform) ? 'foundation' : n === pilot ? 'pilot' : placed.some((p) => p.production) ? 'production' : 'non-production',
      start: dates.start,
      end: dates.end,
      cutover: dates.cutover,
      cutoverMoved: dates.cutoverMoved,
      units,
      cutoverOrder: cutover,
      hybridLinks: linksOf[n] ?? [],
      gates,
      risk: placed.reduce((s, p) => s + p.risk, 0),
      confidence: size ? known / (size * INPUTS) : 1,
    };
    waves.push(wave);
  }
  // Each workload's wave by id, in placing order, made when the plan's map is first read (plan-waves.ts).
  const waveOf = () => {
    const map = new Map<string, number>();
    for (let q = 0; q < placements.length; q++) {
      const { positions, wave } = placements[q] as Placement;
      for (let k = 0; k < positions.length; k++) map.set(plannedIds[positions[k] as number] as string, wave);
    }
    return map;
  };
  return { waves, waveOf };
}
