import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Dependency } from '../../../shared/domain/dependency';
import { SENSITIVITY_OF_CLASS, type SensitivitySource } from '../../../shared/domain/sensitivity';
import type { GraphModel, ModelEdge } from '../../../shared/graph/view-model';
import { SYSTEM_NODE, WORKLOAD_NODE } from '../../../shared/graph/view-model';
import type { GraphSelection } from './graph-view-state';
import type { GroupNodeData, SystemNodeData, WorkloadNodeData } from './nodes';

// React Flow nodes and edges from the model, its layout and what is highlighted.

export interface Emphasis {
  /** Nodes and edges shown at full strength; when undefined, everything is. */
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
  /** A coloured ring per node (move groups, or waves when grouped by wave). */
  rings?: ReadonlyMap<string, string>;
}

// Each colour reads a theme token (styles/themes.css) so the lines stay visible on the
// dark canvas; the fallback is the light theme's colour.
const EDGE_COLOURS: Record<Dependency['kind'], string> = {
  api: 'var(--edge-api, #6b7a8f)',
  database: 'var(--edge-data, #3d4f66)',
  cache: 'var(--edge-data, #3d4f66)',
  queue: 'var(--edge-messaging, #5b4fb3)',
  batch: 'var(--edge-messaging, #5b4fb3)',
  'file-transfer': 'var(--edge-messaging, #5b4fb3)',
  'hl7-fhir': 'var(--edge-clinical, #7a3fa8)',
  identity: 'var(--edge-identity, #0e7c70)',
  other: 'var(--edge-other, #8794a6)',
};
export const RESTRICTED_COLOUR = 'var(--edge-restricted, #c2261d)';
const BUNDLE_COLOUR = 'var(--edge-bundle, #7d8a9c)';

export function carriesRestricted(d: Dependency): boolean {
  return d.dataClasses.some((c) => SENSITIVITY_OF_CLASS[c] === 'restricted');
}

/** Edge labels are measured one by one in the DOM; past this many edges they cost more than they tell. */
const LABEL_LIMIT = 300;

/**
 * What a screen reader says for a line: both ends and what it is. Edges stay out of the
 * Tab order (React Flow puts them before the nodes in the page, so Tab walked every line
 * before the first workload); the graph's List view reaches every dependency by keyboard.
 */
export function edgeLabel(e: ModelEdge, nameOf: (id: string) => string): string {
  if (e.kind === 'bundle') return `${nameOf(e.source)} needs ${nameOf(e.target)}, ${e.count} ${e.count === 1 ? 'dependency' : 'dependencies'}`;
  const d = e.dependency;
  return `${nameOf(e.source)} needs ${nameOf(e.target)}, ${d.kind}, ${d.coupling}${carriesRestricted(d) ? ', carries restricted data' : ''}`;
}

function edgeFor(e: ModelEdge, selected: boolean, dimmed: boolean, labels: boolean, ariaLabel: string): Edge {
  if (e.kind === 'bundle') {
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      label: labels && e.count > 1 ? String(e.count) : undefined,
      className: dimmed ? 'dimmed' : undefined,
      style: { stroke: BUNDLE_COLOUR, strokeWidth: Math.min(6, 1.2 + Math.log2(e.count)), strokeDasharray: e.tight ? undefined : '6 4' },
      markerEnd: { type: MarkerType.ArrowClosed, color: BUNDLE_COLOUR },
      data: { bundle: e },
      selectable: false,
      focusable: false,
      ariaLabel,
    };
  }
  const d = e.dependency;
  const restricted = carriesRestricted(d);
  const colour = restricted ? RESTRICTED_COLOUR : EDGE_COLOURS[d.kind];
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    selected,
    className: `dep-edge${dimmed ? ' dimmed' : ''}${restricted ? ' restricted' : ''}`,
    label: restricted && labels ? 'PHI' : undefined,
    labelStyle: restricted ? { fill: RESTRICTED_COLOUR, fontWeight: 700, fontSize: 10 } : undefined,
    labelBgStyle: restricted ? { fill: 'var(--surface, #fff)' } : undefined,
    style: { stroke: colour, strokeWidth: (d.coupling === 'tight' ? 2.6 : 1.4) + (selected ? 1.5 : 0), strokeDasharray: d.coupling === 'tight' ? undefined : '6 4' },
    markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
    data: { dependency: d },
    focusable: false,
    ariaLabel,
  };
}

export function buildElements(
  model: GraphModel,
  layout: { positions: Record<string, { x: number; y: number }>; sizes: Record<string, { width: number; height: number }> },
  saved: Record<string, { x: number; y: number }>,
  sensitivity: ReadonlyMap<string, SensitivitySource>,
  selection: GraphSelection,
  emphasis: Emphasis,
): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const dim = (id: string) => emphasis.nodes !== undefined && !emphasis.nodes.has(id);
  const counts = new Map<string, number>();
  for (const n of model.nodes) if (n.kind === 'workload' && n.parent) counts.set(n.parent, (counts.get(n.parent) ?? 0) + 1);
  // Group boxes first: React Flow needs a parent before its children.
  for (const g of model.groups) {
    const size = layout.sizes[g.id] ?? { width: 300, height: 200 };
    nodes.push({
      id: g.id,
      type: 'groupBox',
      position: layout.positions[g.id] ?? { x: 0, y: 0 },
      data: { label: g.label, count: counts.get(g.id) ?? 0 } satisfies GroupNodeData,
      style: { width: size.width, height: size.height },
      selectable: false,
      draggable: false,
      zIndex: -1,
    });
  }
  for (const n of model.nodes) {
    // Ungrouped and uncollapsed, a position the user dragged to wins over the layout.
    const own = !model.collapsed && model.groups.length === 0 ? saved[n.id] : undefined;
    const position = own ?? layout.positions[n.id] ?? { x: 0, y: 0 };
    if (n.kind === 'workload') {
      const ring = emphasis.rings?.get(n.id);
      nodes.push({
        id: n.id,
        type: 'workload',
        position,
        parentId: n.parent,
        extent: n.parent ? 'parent' : undefined,
        selected: selection?.kind === 'workload' && selection.id === n.id,
        data: { workload: n.workload, sensitivity: sensitivity.get(n.id)?.level ?? 'public', dimmed: dim(n.id), ...(ring ? { ring } : {}) } satisfies WorkloadNodeData,
        ariaLabel: `${n.workload.name}, ${n.workload.environment}, ${sensitivity.get(n.id)?.level ?? 'public'}`,
        width: WORKLOAD_NODE.width,
        height: WORKLOAD_NODE.height,
      });
    } else {
      nodes.push({
        id: n.id,
        type: 'system',
        position,
        selected: selection?.kind === 'system' && selection.system === n.system,
        data: { system: n.system, count: n.members.length, environments: [...new Set(n.members.map((m) => m.environment))], sensitivity: n.sensitivity, dimmed: dim(n.id) } satisfies SystemNodeData,
        ariaLabel: `System ${n.system}, ${n.members.length} workloads`,
        width: SYSTEM_NODE.width,
        height: SYSTEM_NODE.height,
        draggable: false,
      });
    }
  }
  const labels = model.edges.length <= LABEL_LIMIT;
  const names = new Map<string, string>();
  for (const n of model.nodes) names.set(n.id, n.kind === 'workload' ? n.workload.name : n.system);
  const nameOf = (id: string) => names.get(id) ?? id;
  const edges = model.edges.map((e) => edgeFor(e, selection?.kind === 'dependency' && selection.id === e.id, emphasis.edges !== undefined && !emphasis.edges.has(e.id), labels, edgeLabel(e, nameOf)));
  return { nodes, edges };
}
