import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import { firstOpenDay, shiftDays } from './calendar.js';
import type { HybridLink, PlannedUnit, Wave } from './plan-types.js';
import type { PlanSettings } from './settings.js';
import { INPUTS, inputsKnown } from './unit-facts.js';
import { MinHeap } from './unit-order.js';

/** A move unit as placed by the scheduler. */
export interface Placement {
  wave: number;
  members: Workload[];
  reasoning: string[];
  gates: string[];
  production: boolean;
  risk: number;
}

const FOUNDATION_GATES = ['Landing zone and network segmentation', 'Identity federation', 'Central logging', 'Backups and restore', 'Infrastructure as code'];

/**
 * Turns placements into waves: dates (slots of the wave length, `wavesInFlight` at a
 * time, cutovers moved out of blackouts and the month-end freeze), cutover order
 * (providers first inside the wave), hybrid links, gates, risk and confidence.
 */
export function describeWaves(placements: readonly Placement[], dependencies: readonly Dependency[], settings: PlanSettings, pilot: boolean): { waves: Wave[]; waveOf: Map<string, number> } {
  const waveOf = new Map<string, number>();
  const byWave = new Map<number, Placement[]>();
  for (const p of placements) {
    for (const w of p.members) waveOf.set(w.id, p.wave);
    const list = byWave.get(p.wave);
    if (list) list.push(p);
    else byWave.set(p.wave, [p]);
  }
  const offset = settings.foundationWave ? 1 : 0;
  const dates = (n: number) => {
    const slot = Math.floor((n - 1 + offset) / settings.wavesInFlight);
    const start = shiftDays(settings.startDate, slot * settings.waveLengthDays);
    const slotEnd = shiftDays(start, settings.waveLengthDays - 1);
    const open = firstOpenDay(slotEnd, settings);
    return { start, end: open.day > slotEnd ? open.day : slotEnd, cutover: open.day, cutoverMoved: open.skipped };
  };

  const links = hybridLinks(dependencies, waveOf);
  const waves: Wave[] = [];
  if (settings.foundationWave) {
    const start = settings.startDate;
    const end = shiftDays(start, settings.waveLengthDays - 1);
    waves.push({ number: 0, phase: 'foundation', start, end, cutover: end, cutoverMoved: [], units: [], cutoverOrder: [], hybridLinks: [], gates: FOUNDATION_GATES, risk: 0, confidence: 1 });
  }
  for (const n of [...byWave.keys()].sort((a, b) => a - b)) {
    const placed = byWave.get(n) as Placement[];
    const members = placed.flatMap((p) => p.members);
    const order = cutoverOrder(members, dependencies);
    const rank = new Map(order.map((id, i) => [id, i]));
    const units: PlannedUnit[] = placed.map((p) => ({ members: p.members.map((w) => w.id).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)), reasoning: p.reasoning }));
    const known = members.reduce((s, w) => s + inputsKnown(w), 0);
    waves.push({
      number: n,
      phase: pilot && n === 1 ? 'pilot' : placed.some((p) => p.production) ? 'production' : 'non-production',
      ...dates(n),
      units,
      cutoverOrder: order,
      hybridLinks: links.filter((l) => l.opensInWave === n || l.closesInWave === n),
      gates: placed.flatMap((p) => p.gates),
      risk: placed.reduce((s, p) => s + p.risk, 0),
      confidence: members.length ? known / (members.length * INPUTS) : 1,
    });
  }
  return { waves, waveOf };
}

/** Dependencies whose ends move in different waves (or one end never): open from the first move to the second. */
function hybridLinks(dependencies: readonly Dependency[], waveOf: ReadonlyMap<string, number>): HybridLink[] {
  const links: HybridLink[] = [];
  for (const d of dependencies) {
    const a = waveOf.get(d.consumerId);
    const b = waveOf.get(d.providerId);
    if (a === b || (a === undefined && b === undefined)) continue;
    const waves = [a, b].filter((w): w is number => w !== undefined).sort((x, y) => x - y);
    links.push({ dependencyId: d.id, opensInWave: waves[0] as number, closesInWave: waves.length === 2 ? (waves[1] as number) : null });
  }
  return links;
}

/** The wave's workloads, providers before consumers, estate order among equals (Kahn). */
function cutoverOrder(members: readonly Workload[], dependencies: readonly Dependency[]): string[] {
  const inWave = new Map(members.map((w, i) => [w.id, i]));
  const waiting = new Int32Array(members.length);
  const next: number[][] = members.map(() => []);
  for (const d of dependencies) {
    const c = inWave.get(d.consumerId);
    const p = inWave.get(d.providerId);
    if (c === undefined || p === undefined) continue;
    (next[p] as number[]).push(c);
    waiting[c] = (waiting[c] as number) + 1;
  }
  const order: string[] = [];
  const done = new Uint8Array(members.length);
  const ready = new MinHeap((a, b) => a < b);
  for (let i = 0; i < members.length; i++) if (waiting[i] === 0) ready.push(i);
  // A loop inside the wave (a move group's cycle) is entered at its first member in estate order.
  let nextStuck = 0;
  while (order.length < members.length) {
    if (ready.size === 0) {
      while (done[nextStuck]) nextStuck++;
      ready.push(nextStuck);
    }
    const i = ready.pop();
    if (done[i]) continue;
    done[i] = 1;
    order.push((members[i] as Workload).id);
    for (const c of next[i] as number[]) {
      waiting[c] = (waiting[c] as number) - 1;
      if (waiting[c] === 0 && !done[c]) ready.push(c);
    }
  }
  return order;
}
