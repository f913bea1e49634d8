import type { Dependency } from '../domain/dependency.js';
import { highestSensitivity, sensitivityRank, type Sensitivity, type SensitivitySource } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import { boxOrder, collapseBySystem, groupLabel, type Grouping, type PlannedFacts } from './grouping.js';

export interface GraphFilters {
  environment: string;
  kind: string;
  sensitivity: Sensitivity | '';
  tier: string;
}

// What the graph shows, before layout: nodes, group boxes and edges, from the estate
// and the view options. Pure, so it is recomputed only when its inputs change.

export const WORKLOAD_NODE = { width: 230, height: 64 };
export const SYSTEM_NODE = { width: 250, height: 78 };

/** Above this many workloads the graph opens with one node per system. */
export const COLLAPSE_THRESHOLD = 400;

/**
 * The most links drawn between collapsed systems. A synthetic 2,000-workload estate
 * has ~2,800 of them and a 10,000-workload one ~16,600: drawn, they are a hairball
 * and take seconds to render. The heaviest are kept, and every link of an expanded system.
 */
export const COLLAPSED_EDGE_LIMIT = 600;

export type ModelNode =
  { kind: 'workload'; id: string; workload: Workload; parent?: string } | { kind: 'system'; id: string; system: string; members: Workload[]; sensitivity: SensitivitySource['level'] };

export type ModelEdge =
  | { kind: 'dependency'; id: string; source: string; target: string; dependency: Dependency }
  | { kind: 'bundle'; id: string; source: string; target: string; count: number; tight: boolean; dependencyIds: string[] };

export interface GraphModel {
  nodes: ModelNode[];
  groups: { id: string; label: string }[];
  edges: ModelEdge[];
  collapsed: boolean;
  /** Links between collapsed systems left out to keep the view readable (see COLLAPSED_EDGE_LIMIT). */
  hiddenEdges: number;
  /** Changes when the layout must be recomputed (which nodes, in which groups, joined how). */
  layoutKey: string;
  /** The boxes are in an order of their own (waves, environments): drawn left to right in it. */
  boxesInOrder: boolean;
}

export interface ModelOptions {
  grouping: Grouping;
  filters: GraphFilters;
  collapsed: boolean | 'auto';
  expanded: ReadonlySet<string>;
}

function passes(w: Workload, f: GraphFilters, sensitivity: ReadonlyMap<string, SensitivitySource>, planned: Planned): boolean {
  return (
    (f.environment === '' || w.environment === f.environment) &&
    (f.kind === '' || w.kind === f.kind) &&
    (f.sensitivity === '' || sensitivity.get(w.id)?.level === f.sensitivity) &&
    (f.tier === '' || (planned(w).tier ?? w.chosenTier ?? 'none') === f.tier)
  );
}

/** What the analysis and the plan know of a workload (its planned tier, its wave). */
type Planned = (w: Workload) => PlannedFacts;

export function buildGraphModel(
  estate: { workloads: readonly Workload[]; dependencies: readonly Dependency[] },
  options: ModelOptions,
  sensitivity: ReadonlyMap<string, SensitivitySource>,
  planned: Planned = () => ({}),
): GraphModel {
  const workloads = estate.workloads.filter((w) => passes(w, options.filters, sensitivity, planned));
  const visible = new Set(workloads.map((w) => w.id));
  const dependencies = estate.dependencies.filter((d) => visible.has(d.consumerId) && visible.has(d.providerId));
  const collapsed = options.collapsed === 'auto' ? workloads.length > COLLAPSE_THRESHOLD : options.collapsed;

  if (collapsed) {
    const byId = new Map(workloads.map((w) => [w.id, w]));
    const graph = collapseBySystem(workloads, dependencies, options.expanded);
    const nodes: ModelNode[] = graph.systems.map((s) => {
      const members = s.members.map((id) => byId.get(id) as Workload);
      let level: SensitivitySource['level'] = 'unclassified';
      for (const m of members) {
        const l = sensitivity.get(m.id)?.level ?? highestSensitivity(m.dataClasses);
        if (sensitivityRank(l) > sensitivityRank(level)) level = l;
      }
      return { kind: 'system', id: s.id, system: s.system, members, sensitivity: level };
    });
    for (const id of graph.workloads) nodes.push({ kind: 'workload', id, workload: byId.get(id) as Workload });
    const depById = new Map(dependencies.map((d) => [d.id, d]));
    const betweenSystems = graph.edges.filter((e) => e.source.startsWith('system:') && e.target.startsWith('system:'));
    const kept = new Set(
      [...betweenSystems]
        .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
        .slice(0, COLLAPSED_EDGE_LIMIT)
        .map((e) => e.id),
    );
    const shownEdges = graph.edges.filter((e) => kept.has(e.id) || !e.source.startsWith('system:') || !e.target.startsWith('system:'));
    const edges: ModelEdge[] = shownEdges.map((e) =>
      e.count === 1 && !e.source.startsWith('system:') && !e.target.startsWith('system:')
        ? { kind: 'dependency', id: e.dependencyIds[0] as string, source: e.source, target: e.target, dependency: depById.get(e.dependencyIds[0] as string) as Dependency }
        : { kind: 'bundle', ...e },
    );
    return { nodes, groups: [], edges, collapsed: true, hiddenEdges: graph.edges.length - shownEdges.length, layoutKey: `c|${nodes.map((n) => n.id).join(',')}`, boxesInOrder: false };
  }

  const groups = new Map<string, { id: string; label: string }>();
  const nodes: ModelNode[] = workloads.map((w) => {
    const label = groupLabel(w, options.grouping, planned(w));
    if (label === undefined) return { kind: 'workload', id: w.id, workload: w };
    const id = `group:${label}`;
    if (!groups.has(id)) groups.set(id, { id, label });
    return { kind: 'workload', id: w.id, workload: w, parent: id };
  });
  const edges: ModelEdge[] = dependencies.map((d) => ({ kind: 'dependency', id: d.id, source: d.consumerId, target: d.providerId, dependency: d }));
  // Ungrouped, the layout depends on which workloads there are (new edges do not move
  // what the user is looking at); grouped, also on which box each one is in.
  const layoutKey = `${options.grouping}|${nodes.map((n) => (n.kind === 'workload' ? `${n.id}@${n.parent ?? ''}` : n.id)).join(',')}`;
  const order = boxOrder(options.grouping);
  const boxes = order ? order([...groups.values()].map((g) => g.label)).map((label) => groups.get(`group:${label}`) as { id: string; label: string }) : [...groups.values()];
  return { nodes, groups: boxes, edges, collapsed: false, hiddenEdges: 0, layoutKey, boxesInOrder: order !== undefined };
}
