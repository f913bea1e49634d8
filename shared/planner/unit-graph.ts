import type { Dependency } from '../domain/dependency.js';
import { OBSERVABILITY_COST, REHEARSAL_COST, dataLinkCost } from './link-cost.js';
import type { PlannedEnds } from './move-units.js';
import type { PlanSettings } from './settings.js';
import type { UnitTable } from './unit-table.js';

// The links between move units, in the direction the plan orders them (docs/domain-rules.md,
// "Waves"). They are all loose (a tight one joins its ends into one unit). Three kinds:
// - a dependency: providers first (or consumers first), weighted by what it would cost to
//   run across the hybrid boundary (link-cost.ts);
// - a rehearsal: a system's non-production before its production;
// - none into a shared platform service from a workload: the platform is in place first
//   whichever way the link points (foundation first), so that link runs hybrid by design
//   and is kept aside to be said on the platform's wave card.
// Where links still form loops, loop-breaking.ts drops the cheapest.

export interface UnitLink {
  from: number;
  to: number;
  /** What breaking it would cost: the sum over its dependencies, plus the rehearsal's. */
  cost: number;
  /** Indexes of the dependencies behind it. */
  dependencies: number[];
  rehearsal: boolean;
  /** Its place in the order the links were found (the order each unit lists its neighbours in). */
  index: number;
}

export interface UnitGraph {
  /** For each unit, the units that come no earlier than it. */
  after: number[][];
  /** For each unit, the units that come no later than it. */
  before: number[][];
  /** Every link, by `linkKey(from, to)`. */
  links: Map<number, UnitLink>;
  /** Per platform unit, the dependencies that would have held it behind a workload. */
  foundationLinks: Map<number, number[]>;
}

export const linkKey = (count: number, from: number, to: number) => from * count + to;

export function unitGraph(units: UnitTable, positions: number, dependencies: readonly Dependency[], ends: PlannedEnds, order: PlanSettings['order']): UnitGraph {
  const count = units.count;
  const unitOf = new Int32Array(positions);
  for (let u = 0; u < count; u++) {
    const members = units.members(u);
    for (let k = 0; k < members.length; k++) unitOf[members[k] as number] = u;
  }
  // Links are found first, then their lists are made at their sizes: on a large estate,
  // lists pushed one by one (a unit's neighbours, a link's dependencies) were mostly
  // empty room, and the garbage collector copied all of it.
  const links = new Map<number, UnitLink>();
  const foundationLinks = new Map<number, number[]>();
  const found: UnitLink[] = []; // in the order found, which the lists of units follow
  const dependencyCount: number[] = [];
  const linkOfDependency = new Int32Array(dependencies.length).fill(-1);
  const link = (from: number, to: number, cost: number, dependency: number) => {
    const key = linkKey(count, from, to);
    let known = links.get(key);
    if (!known) {
      known = { from, to, cost: 0, dependencies: NONE, rehearsal: false, index: found.length };
      links.set(key, known);
      found.push(known);
      dependencyCount.push(0);
    }
    known.cost += cost;
    if (dependency < 0) known.rehearsal = true;
    else {
      linkOfDependency[dependency] = known.index;
      dependencyCount[known.index] = (dependencyCount[known.index] as number) + 1;
    }
  };

  const providersFirst = order === 'providers-first';
  for (let j = 0; j < dependencies.length; j++) {
    const c = ends.consumer[j] as number;
    const p = ends.provider[j] as number;
    if (c < 0 || p < 0) continue;
    const from = (providersFirst ? unitOf[p] : unitOf[c]) as number;
    const to = (providersFirst ? unitOf[c] : unitOf[p]) as number;
    if (from === to) continue;
    if (units.isPlatform(to) && !units.isPlatform(from)) {
      const held = foundationLinks.get(to);
      if (held) held.push(j);
      else foundationLinks.set(to, [j]);
      continue;
    }
    // linkCost, with its ends' kinds read from the unit table rather than from both workloads again.
    link(from, to, units.observes(c) || units.observes(p) ? OBSERVABILITY_COST : dataLinkCost(dependencies[j] as Dependency), j);
  }

  // Rehearsal: each system's non-production units before its production ones.
  const bySystem = new Map<number, { rehearse: number[]; production: number[] }>();
  for (let u = 0; u < count; u++) {
    const key = units.unitSystem(u);
    if (key < 0) continue;
    let entry = bySystem.get(key);
    if (!entry) bySystem.set(key, (entry = { rehearse: [], production: [] }));
    (units.isRehearsal(u) ? entry.rehearse : entry.production).push(u);
  }
  for (const { rehearse, production } of bySystem.values()) for (const a of rehearse) for (const b of production) link(a, b, REHEARSAL_COST, -1);

  // Each link's dependencies, in dependency order.
  for (let l = 0; l < found.length; l++) if ((dependencyCount[l] as number) > 0) (found[l] as UnitLink).dependencies = new Array<number>(dependencyCount[l] as number);
  const filled = new Int32Array(found.length);
  for (let j = 0; j < dependencies.length; j++) {
    const l = linkOfDependency[j] as number;
    if (l >= 0) (found[l] as UnitLink).dependencies[(filled[l] as number)++] = j;
  }
  return { after: neighbours(found, count, true), before: neighbours(found, count, false), links, foundationLinks };
}

/** Shared by units with no neighbour and links with no dependency (frozen: nothing adds to it). */
const NONE = Object.freeze([]) as unknown as number[];

/** For each unit, the units its links lead to (`forward`) or come from, in the order the links were found. */
function neighbours(found: readonly UnitLink[], count: number, forward: boolean): number[][] {
  const size = new Int32Array(count);
  for (let k = 0; k < found.length; k++) {
    const l = found[k] as UnitLink;
    const u = forward ? l.from : l.to;
    size[u] = (size[u] as number) + 1;
  }
  const lists: number[][] = new Array<number[]>(count);
  for (let u = 0; u < count; u++) lists[u] = (size[u] as number) > 0 ? new Array<number>(size[u] as number) : NONE;
  size.fill(0);
  for (let k = 0; k < found.length; k++) {
    const l = found[k] as UnitLink;
    const u = forward ? l.from : l.to;
    (lists[u] as number[])[(size[u] as number)++] = forward ? l.to : l.from;
  }
  return lists;
}

/**
 * Names what unit `p` is to unit `u` by the workload behind their link, not the unit's
 * first member (a DR standby's provider is the primary database, not the web server
 * its unit happens to list first): "its provider PostgreSQL primary (hospital)", or, for
 * a rehearsal link, "its system's non-production Odoo staging (clinics)".
 */
export function linkNamer(units: UnitTable, graph: UnitGraph, ends: PlannedEnds, order: PlanSettings['order']): (p: number, u: number) => string {
  const role = order === 'providers-first' ? 'provider' : 'consumer';
  return (p, u) => {
    const link = graph.links.get(linkKey(units.count, p, u));
    const j = link?.dependencies[0];
    if (j === undefined) return link?.rehearsal ? `its system's non-production ${units.lead(p)}` : `its ${role} ${units.lead(p)}`;
    const end = (order === 'providers-first' ? ends.provider[j] : ends.consumer[j]) as number;
    const more = units.size(p) - 1;
    return `its ${role} ${units.name(end)}${more > 0 ? ` (moving with ${more} more)` : ''}`;
  };
}
