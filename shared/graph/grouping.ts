import type { Dependency } from '../domain/dependency.js';
import { ENVIRONMENTS, labelOf, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { isMoving } from '../domain/moving.js';

// How the graph is grouped into labelled boxes, and how a large estate is collapsed
// into one node per system. Pure: the graph view renders what these return.

export const GROUPINGS = ['none', 'system', 'environment', 'tier', 'wave'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What the plan says of a workload: its planned tier, and its wave (null: not in any). */
export interface PlannedFacts {
  tier?: Tier | null;
  wave?: number | null;
}

/**
 * Groupings whose boxes have an order of their own, drawn left to right in it: waves in
 * the order they move (then what is in no wave, then what does not migrate), and
 * environments from production down. The others are placed where the layout reads best.
 */
export function boxOrder(by: Grouping): ((labels: readonly string[]) => string[]) | undefined {
  if (by === 'wave') return (labels) => [...labels].sort((a, b) => waveRank(a) - waveRank(b));
  if (by === 'environment') return (labels) => ENVIRONMENTS.map((e) => labelOf(e)).filter((l) => labels.includes(l));
  return undefined;
}

function waveRank(label: string): number {
  const wave = /^Wave (\d+)$/.exec(label);
  return wave ? Number(wave[1]) : label === 'Not in a wave' ? 1e6 : 1e6 + 1;
}

/** The box a workload goes in; by tier, its planned tier (else its chosen one); by wave, its wave. */
export function groupLabel(w: Workload, by: Grouping, planned: PlannedFacts = {}): string | undefined {
  const tier = planned.tier === undefined ? w.chosenTier : planned.tier;
  switch (by) {
    case 'none':
      return undefined;
    case 'system':
      return w.system || 'No system';
    case 'environment':
      return labelOf(w.environment);
    case 'tier':
      return tier ? labelOf(tier) : 'Tier not chosen';
    case 'wave':
      return planned.wave === undefined || planned.wave === null ? (!isMoving(w) ? 'Not migrating' : 'Not in a wave') : `Wave ${planned.wave}`;
  }
}

export interface CollapsedSystem {
  kind: 'system';
  id: string;
  system: string;
  members: string[];
}

export interface CollapsedEdge {
  id: string;
  source: string;
  target: string;
  /** How many dependencies this edge stands for. */
  count: number;
  tight: boolean;
  dependencyIds: string[];
}

export interface CollapsedGraph {
  systems: CollapsedSystem[];
  /** Workloads shown on their own (their system is expanded). */
  workloads: string[];
  edges: CollapsedEdge[];
}

export const systemNodeId = (system: string) => `system:${system || 'No system'}`;

/**
 * One node per system except the expanded ones, and one edge per pair of nodes with
 * the dependencies between them counted. Linear in workloads plus dependencies.
 */
export function collapseBySystem(workloads: readonly Workload[], dependencies: readonly Dependency[], expanded: ReadonlySet<string>): CollapsedGraph {
  const nodeOf = new Map<string, string>();
  const systems = new Map<string, CollapsedSystem>();
  const shown: string[] = [];
  for (const w of workloads) {
    const system = w.system || 'No system';
    if (expanded.has(system)) {
      nodeOf.set(w.id, w.id);
      shown.push(w.id);
      continue;
    }
    const id = systemNodeId(system);
    let node = systems.get(id);
    if (!node) systems.set(id, (node = { kind: 'system', id, system, members: [] }));
    node.members.push(w.id);
    nodeOf.set(w.id, id);
  }
  const edges = new Map<string, CollapsedEdge>();
  for (const d of dependencies) {
    const source = nodeOf.get(d.consumerId);
    const target = nodeOf.get(d.providerId);
    if (!source || !target || source === target) continue;
    const id = `${source}->${target}`;
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source, target, count: 0, tight: false, dependencyIds: [] }));
    edge.count++;
    edge.tight ||= d.coupling === 'tight';
    edge.dependencyIds.push(d.id);
  }
  return { systems: [...systems.values()], workloads: shown, edges: [...edges.values()] };
}
