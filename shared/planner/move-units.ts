import type { Dependency } from '../domain/dependency.js';
import { ENVIRONMENTS } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { systemIds } from './unit-table.js';
import type { DependencyCycle } from '../graph/cycles.js';
import { joinMoveGroups, type DependencyEnds, type MoveGroupJoin } from '../graph/move-groups.js';

// Condition 1 and 2 of docs/domain-rules.md "Waves": workloads joined by a tight dependency, a
// shared move-group label or a dependency cycle move together (the graph's move groups,
// graph/move-groups.ts, which own that rule and its label matching), and so do the
// workloads of one system in one environment per tenant. A move unit is therefore a
// union of whole move groups: the planner starts from the graph's joins and adds the
// system-environment ones on top, so a move group never straddles two units. Both are
// taken over the workloads that move: a link through a retired or retained workload
// joins nothing here, though the graph of the whole estate shows it. Each unit keeps the
// kinds of join that made it, in a fixed order (tight, cycle, label, then system), so a
// wave card can say why its members travel together.

export type JoinReason = MoveGroupJoin | 'system-environment';

export interface MoveUnit {
  /** Position of the unit; its members are positions in the workload list given. */
  id: number;
  members: number[];
  reasons: ReadonlySet<JoinReason>;
}

/** The reasons of a unit nothing joined (most of them): one shared empty set, never added to. */
const NO_REASONS: ReadonlySet<JoinReason> = new Set();

/** One system in one environment for one tenant: what the system join puts together. */
export const systemEnvironmentKey = (w: Workload) => `${w.system}\u0000${w.tenant}\u0000${w.environment}`;

/** Dependency ends as positions in the planned workloads (-1: not planned). */
export type PlannedEnds = DependencyEnds;

/**
 * The move units of the planned workloads. `positionOf` maps a workload id to its
 * position in `workloads` (undefined when it is not planned), for cycle members;
 * `ends` gives the dependencies' ends the same way. Cycles come from the analysis.
 * Near-linear: union-find over every join. Systems in `apart` (by systemEnvironmentKey)
 * are not joined: together they would close a loop the dependencies do not have.
 */
export function moveUnits(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  cycles: readonly DependencyCycle[],
  positionOf: (id: string) => number | undefined,
  ends: PlannedEnds,
  apart: ReadonlySet<string> = new Set(),
  /** Each workload's system as a number (unit-table.ts systemIds), to join by numbers rather than strings. */
  systems: Int32Array = systemIds(workloads),
): MoveUnit[] {
  // Every join that merged two sets, by one of its ends and its kind, to say afterwards which kinds made each unit.
  const joinAt: number[] = [];
  const joinWhy: JoinReason[] = [];
  const sets = joinMoveGroups(workloads, dependencies, ends, cycles, positionOf, (a, _b, why) => {
    joinAt.push(a);
    joinWhy.push(why);
  });
  // One system in one environment per tenant (the hospital's and the clinics' Odoo move apart).
  // By system number and environment: an array, not a map, since system numbers are dense.
  let systemCount = 0;
  for (let i = 0; i < systems.length; i++) if ((systems[i] as number) >= systemCount) systemCount = (systems[i] as number) + 1;
  const firstOfSystem = new Int32Array(systemCount * ENVIRONMENTS.length + 1).fill(-1);
  for (let i = 0; i < workloads.length; i++) {
    const system = systems[i] as number;
    if (system < 0) continue;
    const w = workloads[i] as Workload;
    if (apart.size > 0 && apart.has(systemEnvironmentKey(w))) continue;
    const key = system * ENVIRONMENTS.length + ENVIRONMENTS.indexOf(w.environment) + 1;
    const first = firstOfSystem[key] as number;
    if (first < 0) firstOfSystem[key] = i;
    else if (sets.union(first, i)) {
      joinAt.push(first);
      joinWhy.push('system-environment');
    }
  }

  // Units numbered by their first member; each member list made at its size, then filled
  // in position order (lists pushed one by one left most of their room behind as garbage).
  const unitOfRoot = new Int32Array(workloads.length).fill(-1);
  const unitOf = new Int32Array(workloads.length);
  const sizes: number[] = [];
  for (let i = 0; i < workloads.length; i++) {
    const root = sets.find(i);
    let u = unitOfRoot[root] as number;
    if (u < 0) {
      u = sizes.length;
      unitOfRoot[root] = u;
      sizes.push(0);
    }
    unitOf[i] = u;
    sizes[u] = (sizes[u] as number) + 1;
  }
  const units: (MoveUnit & { reasons: ReadonlySet<JoinReason> })[] = new Array(sizes.length);
  for (let u = 0; u < sizes.length; u++) units[u] = { id: u, members: new Array<number>(sizes[u] as number), reasons: NO_REASONS };
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < workloads.length; i++) {
    const u = unitOf[i] as number;
    (units[u] as MoveUnit).members[(filled[u] as number)++] = i;
  }
  // Each unit's kinds of join, in the order first met, as a number (a digit per kind):
  // there are only a few such lists, so units with the same one share one set.
  const code = new Int32Array(sizes.length);
  const seen = new Uint8Array(sizes.length); // a bit per kind met
  for (let k = 0; k < joinAt.length; k++) {
    const u = unitOfRoot[sets.find(joinAt[k] as number)] as number;
    if (u < 0) continue;
    const kind = JOIN_KINDS.indexOf(joinWhy[k] as JoinReason);
    if (((seen[u] as number) & (1 << kind)) !== 0) continue;
    seen[u] = (seen[u] as number) | (1 << kind);
    code[u] = (code[u] as number) * (JOIN_KINDS.length + 1) + kind + 1;
  }
  for (let u = 0; u < sizes.length; u++) if ((code[u] as number) > 0) (units[u] as MoveUnit).reasons = reasonsOf(code[u] as number);
  return units;
}

const JOIN_KINDS: readonly JoinReason[] = ['tight', 'cycle', 'label', 'system-environment'];
const reasonsByCode = new Map<number, ReadonlySet<JoinReason>>();

/** The kinds a code stands for, in their order (moveUnits), as one set for every unit with that code; nothing adds to it. */
function reasonsOf(code: number): ReadonlySet<JoinReason> {
  let reasons = reasonsByCode.get(code);
  if (!reasons) {
    const kinds: JoinReason[] = [];
    for (let rest = code; rest > 0; rest = Math.floor(rest / (JOIN_KINDS.length + 1))) kinds.unshift(JOIN_KINDS[(rest % (JOIN_KINDS.length + 1)) - 1] as JoinReason);
    reasonsByCode.set(code, (reasons = new Set(kinds)));
  }
  return reasons;
}
