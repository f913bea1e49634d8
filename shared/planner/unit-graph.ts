import type { Dependency } from '../domain/dependency.js';
import { REHEARSAL_COST, linkCost } from './link-cost.js';
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
  const graph: UnitGraph = { after: Array.from({ length: count }, () => []), before: Array.from({ length: count }, () => []), links: new Map(), foundationLinks: new Map() };
  const link = (from: number, to: number, cost: number, dependency: number | null) => {
    const key = linkKey(count, from, to);
    let known = graph.links.get(key);
    if (!known) {
      known = { from, to, cost: 0, dependencies: [], rehearsal: false };
      graph.links.set(key, known);
      (graph.after[from] as number[]).push(to);
      (graph.before[to] as number[]).push(from);
    }
    known.cost += cost;
    if (dependency === null) known.rehearsal = true;
    else known.dependencies.push(dependency);
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
      const held = graph.foundationLinks.get(to);
      if (held) held.push(j);
      else graph.foundationLinks.set(to, [j]);
      continue;
    }
    link(from, to, linkCost(dependencies[j] as Dependency, units.workload(c), units.workload(p)), j);
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
  for (const { rehearse, production } of bySystem.values()) for (const a of rehearse) for (const b of production) link(a, b, REHEARSAL_COST, null);
  return graph;
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
    return `its ${role} ${units.workload(end).name}${more > 0 ? ` (moving with ${more} more)` : ''}`;
  };
}
